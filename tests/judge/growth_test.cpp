// Growth: the fit that names how a solution's time grows, reading a stated cost, and the plots.
#include <catch2/catch.hpp>

#include <kata/judge/growth.hpp>
#include <kata/judge/text.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>

using namespace kata::judge::growth;
using Catch::Matchers::Contains;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

// 1000·2^k for k = 0..7, as the bench picks them.
std::vector<double> geometric_sizes() {
  std::vector<double> sizes;
  for (int k = 0; k < 8; ++k) sizes.push_back(1000 * std::pow(2.0, k));
  return sizes;
}

// `repetitions` times at each size of t = c·f(n)·(1 + u), u uniform in ±noise, with c
// chosen so the largest size takes `largest` seconds.
std::vector<Sample> timings(const std::function<double(double)>& f,
                            const std::vector<double>& sizes, double noise, unsigned seed,
                            double largest = 0.05, int repetitions = 5) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> jitter(-noise, noise);
  double c = largest / f(sizes.back());
  std::vector<Sample> samples;
  for (double n : sizes) {
    Sample s{n, {}};
    for (int r = 0; r < repetitions; ++r) s.seconds.push_back(c * f(n) * (1 + jitter(random)));
    samples.push_back(s);
  }
  return samples;
}

double cost_of(Class c, double n) {
  switch (c) {
    case Class::constant:
      return 1;
    case Class::log_n:
      return std::log(n);
    case Class::n:
      return n;
    case Class::n_log_n:
      return n * std::log(n);
    case Class::n_squared:
      return n * n;
    case Class::n_cubed:
      return n * n * n;
    case Class::exponential:
      return std::pow(2.0, n);
  }
  return 0;
}

std::vector<Sample> timings_of(Class c, double noise, unsigned seed) {
  std::vector<double> sizes = geometric_sizes();
  if (c == Class::exponential) sizes = {10, 12, 14, 16, 18, 20, 22, 24};
  return timings([c](double n) { return cost_of(c, n); }, sizes, noise, seed);
}

// Columns on a terminal.
int columns(std::string_view text) {
  return static_cast<int>(kata::judge::display_width(text));
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return lines;
}

// The row and column (in code points) of the only occurrence of `mark` in the plot rows.
std::pair<int, int> where(const std::vector<std::string>& lines, char mark) {
  std::pair<int, int> found{-1, -1};
  int hits = 0;
  for (int row = 0; row < static_cast<int>(lines.size()); ++row) {
    const std::string& line = lines[row];
    bool plot_row = line.find("│") != std::string::npos || line.find("┤") != std::string::npos;
    std::size_t at = line.find(mark);
    if (!plot_row || at == std::string::npos) continue;
    found = {row, columns(std::string_view(line).substr(0, at))};
    hits += static_cast<int>(std::count(line.begin(), line.end(), mark));
  }
  CHECK(hits == 1);
  return found;
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Names and stated costs.

TEST_CASE("Classes have names, a big-O and an order", "[growth]") {
  CHECK(name(Class::n_log_n) == "n log n");
  CHECK(name(Class::exponential) == "2ⁿ");
  CHECK(big_o(Class::constant) == "O(1)");
  CHECK(big_o(Class::n_squared) == "O(n²)");
  CHECK(big_o(Class::log_n) == "O(log n)");
  CHECK(order(Class::constant) < order(Class::log_n));
  CHECK(order(Class::n) < order(Class::n_log_n));
  CHECK(order(Class::n_cubed) < order(Class::exponential));
}

TEST_CASE("Stated costs parse in their usual spellings", "[growth]") {
  CHECK(parse_big_o("O(n log n)") == Class::n_log_n);
  CHECK(parse_big_o("O(nlogn)") == Class::n_log_n);
  CHECK(parse_big_o("O(n * log(n))") == Class::n_log_n);
  CHECK(parse_big_o("O(n^2)") == Class::n_squared);
  CHECK(parse_big_o("O(n²)") == Class::n_squared);
  CHECK(parse_big_o("O(n*n)") == Class::n_squared);
  CHECK(parse_big_o("O(n·n·n)") == Class::n_cubed);
  CHECK(parse_big_o("O(n^3)") == Class::n_cubed);
  CHECK(parse_big_o("O(log n)") == Class::log_n);
  CHECK(parse_big_o("O(lg n)") == Class::log_n);
  CHECK(parse_big_o("O(1)") == Class::constant);
  CHECK(parse_big_o("O(2^n)") == Class::exponential);
  CHECK(parse_big_o("O(2ⁿ)") == Class::exponential);
  CHECK(parse_big_o("O(N)") == Class::n);
  CHECK(parse_big_o(" O ( n ) ") == Class::n);
  CHECK(parse_big_o("n log n") == Class::n_log_n);
  CHECK(parse_big_o("O(n + log n)") == Class::n);  // a sum is its fastest term
}

TEST_CASE("Stated costs with a second variable or no class do not parse", "[growth]") {
  CHECK_FALSE(parse_big_o("O(m·n)"));
  CHECK_FALSE(parse_big_o("O(n + k)"));
  CHECK_FALSE(parse_big_o("O(n·k)"));
  CHECK_FALSE(parse_big_o("O(V + E)"));
  CHECK_FALSE(parse_big_o("O(n² log n)"));
  CHECK_FALSE(parse_big_o("O(n^1.5)"));
  CHECK_FALSE(parse_big_o("O(√n)"));
  CHECK_FALSE(parse_big_o("O(n*)"));
  CHECK_FALSE(parse_big_o("O()"));
  CHECK_FALSE(parse_big_o(""));
  CHECK_FALSE(parse_big_o("fast"));
}

// ---------------------------------------------------------------------------------------
// The fit.

TEST_CASE("Every class is recognised from timings with 5% noise", "[growth]") {
  for (int i = order(Class::constant); i <= order(Class::exponential); ++i) {
    Class c = static_cast<Class>(i);
    for (unsigned seed : {1u, 2u, 3u}) {
      CAPTURE(name(c), seed);
      Fit f = fit(timings_of(c, 0.05, seed));
      CHECK(f.best == c);
      CHECK(f.why.empty());
      CHECK(f.doubt == Doubt::none);
      CHECK(f.sizes_used >= 3);
      CHECK(f.exponent_low <= f.exponent);
      CHECK(f.exponent <= f.exponent_high);
    }
  }
}

TEST_CASE("The exponent is the slope on a log-log scale", "[growth]") {
  Fit squared = fit(timings_of(Class::n_squared, 0.05, 7));
  CHECK(squared.exponent == Approx(2).margin(0.05));
  CHECK(squared.exponent_low < squared.exponent_high);  // the repetitions differ
  CHECK(fit(timings_of(Class::n, 0.05, 7)).exponent == Approx(1).margin(0.05));
}

TEST_CASE("n and n log n are told apart where the exponent cannot", "[growth]") {
  for (unsigned seed : {11u, 12u, 13u, 14u}) {
    CAPTURE(seed);
    Fit linear = fit(timings_of(Class::n, 0.05, seed));
    Fit n_log_n = fit(timings_of(Class::n_log_n, 0.05, seed));
    CHECK(linear.best == Class::n);
    CHECK(linear.runner_up == Class::n_log_n);
    CHECK(n_log_n.best == Class::n_log_n);
    CHECK(n_log_n.runner_up == Class::n);
    // Rounding this slope would have said n.
    CHECK(n_log_n.exponent < 1.15);
  }
}

TEST_CASE("A constant overhead at small sizes still reads as the growth", "[growth]") {
  // 50 µs per call on top of the work: more than twice the work at n = 1000.
  auto linear = [](double n) { return 50e-6 + 20e-9 * n; };
  auto samples = timings(linear, geometric_sizes(), 0.05, 21, linear(128000));
  CHECK(fit(samples).best == Class::n);
  FitOptions every_size;
  every_size.min_sizes = 8;
  CHECK(fit(samples, every_size).exponent < 0.9);  // what the small sizes would have said

  // Here the overhead is still most of the time at the smallest sizes the fit keeps, and
  // only the model with an overhead follows the curve.
  auto squared = [](double n) { return 50e-6 + 2e-13 * n * n; };
  Fit f = fit(timings(squared, geometric_sizes(), 0.05, 22, squared(128000)));
  CHECK(f.best == Class::n_squared);
  CHECK(f.exponent < 1.6);
}

TEST_CASE("Timings with no trend cannot be read", "[growth]") {
  for (unsigned seed = 0; seed < 20; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> anywhere(1e-6, 100e-6);
    std::vector<Sample> samples;
    for (double n : geometric_sizes()) {
      Sample s{n, {}};
      for (int r = 0; r < 5; ++r) s.seconds.push_back(anywhere(random));
      samples.push_back(s);
    }
    Fit f = fit(samples);
    CHECK_FALSE(f.best);
    CHECK_FALSE(f.why.empty());
  }
}

TEST_CASE("Times under the floor cannot be read, and the reason names the floor", "[growth]") {
  Fit f = fit(timings_of(Class::n, 0.05, 3), FitOptions{});
  REQUIRE(f.best);  // the same timings, scaled down, are what fail below
  auto tiny = timings([](double n) { return n; }, geometric_sizes(), 0.05, 3, 1.5e-6);
  f = fit(tiny);
  CHECK_FALSE(f.best);
  CHECK(f.doubt == Doubt::under_floor);
  CHECK_THAT(f.why, Contains("2 µs"));
  FitOptions lower;
  lower.floor_seconds = 1e-9;
  CHECK(fit(tiny, lower).best == Class::n);
}

TEST_CASE("Too few sizes, or none, cannot be read", "[growth]") {
  Fit none = fit({});
  CHECK_FALSE(none.best);
  CHECK(none.doubt == Doubt::too_few_sizes);
  CHECK_FALSE(none.why.empty());

  auto all = timings_of(Class::n, 0.05, 4);
  Fit two = fit({all[6], all[7]});
  CHECK_FALSE(two.best);
  CHECK(two.doubt == Doubt::too_few_sizes);
  CHECK_THAT(two.why, Contains("2 sizes"));

  // The same size over and over is one size.
  Fit same = fit({all[7], all[7], all[7], all[7]});
  CHECK_FALSE(same.best);
  CHECK(same.doubt == Doubt::too_few_sizes);
}

TEST_CASE("Classes too close over the range measured are both named", "[growth]") {
  // n = 1000..1300: ln ln n hardly moves, so n and n log n look the same.
  auto f = fit(timings([](double n) { return n; }, {1000, 1100, 1200, 1300}, 0.05, 5));
  CHECK_FALSE(f.best);
  CHECK(f.doubt == Doubt::too_close);
  CHECK_THAT(f.why, Contains("n or n log n"));
  REQUIRE(f.leading);
  REQUIRE(f.runner_up);
  bool n_first = f.leading == Class::n && f.runner_up == Class::n_log_n;
  bool n_log_n_first = f.leading == Class::n_log_n && f.runner_up == Class::n;
  CHECK((n_first || n_log_n_first));
}

TEST_CASE("With one repetition the scores alone must be apart", "[growth]") {
  // No repetitions to judge the noise by, so only the margin between the scores is left.
  auto f = fit(timings([](double n) { return n; }, {1000, 1100, 1200, 1300}, 0.05, 5, 0.05, 1));
  CHECK(f.noise == 0);
  CHECK_FALSE(f.best);
  CHECK(f.doubt == Doubt::too_close);
  FitOptions no_margin;
  no_margin.margin = 1;
  CHECK(fit(timings([](double n) { return n; }, {1000, 1100, 1200, 1300}, 0.05, 5, 0.05, 1),
            no_margin)
            .best);
}

TEST_CASE("Plain n is not taken for n log n plus an overhead", "[growth]") {
  // n log n plus a fixed cost bends down towards n; the fixed cost it would take here is
  // more than the fastest time measured, so it is not allowed. At 10% noise, seeds 0..99.
  int read_as_n = 0, read_as_n_log_n = 0;
  for (unsigned seed = 0; seed < 100; ++seed) {
    Fit f = fit(timings_of(Class::n, 0.10, seed));
    read_as_n += f.best == Class::n;
    read_as_n_log_n += f.best == Class::n_log_n;
  }
  CHECK(read_as_n >= 95);
  CHECK(read_as_n_log_n <= 2);
}

TEST_CASE("A power between classes is named as such", "[growth]") {
  auto f = fit(timings([](double n) { return std::pow(n, 1.5); }, geometric_sizes(), 0.02, 6));
  CHECK_FALSE(f.best);
  CHECK(f.doubt == Doubt::between_classes);
  CHECK_THAT(f.why, Contains("n^1.5"));
}

TEST_CASE("Large noise is called noise", "[growth]") {
  auto f = fit(timings([](double n) { return n * n; }, geometric_sizes(), 0.9, 8, 0.05, 1));
  CHECK_FALSE(f.best);
  CHECK(f.doubt == Doubt::too_noisy);
  CHECK_THAT(f.why, StartsWith("too noisy (±"));
}

TEST_CASE("Repetitions that mostly disagree with their medians are reported", "[growth]") {
  // Times growing as n, within 1%, except that the (size, repetition) pairs given are
  // 1000 times too long.
  auto with_strays = [](std::vector<std::pair<int, int>> strays) {
    auto sizes = geometric_sizes();
    std::vector<Sample> samples;
    for (int k = 0; k < 8; ++k) {
      Sample s{sizes[k], {}};
      for (int r = 0; r < 5; ++r) {
        double t = 1e-3 * sizes[k] / sizes[7] * (1 + 0.005 * ((r * 7 + k * 3) % 5 - 2));
        bool stray = std::find(strays.begin(), strays.end(), std::pair(k, r)) != strays.end();
        s.seconds.push_back(stray ? 1000 * t : t);
      }
      samples.push_back(s);
    }
    return samples;
  };
  // Four repetitions of five stray: two at the smallest size the fit keeps, two at the
  // largest. The medians are clean, yet each of those repetitions alone looks flat or
  // steep, not like n.
  Fit f = fit(with_strays({{3, 0}, {3, 1}, {7, 2}, {7, 3}}));
  CHECK_FALSE(f.best);
  CHECK(f.doubt == Doubt::repetitions_disagree);
  CHECK_THAT(f.why, StartsWith("repetitions disagree"));
  CHECK(f.leading == Class::n);
  CHECK(f.repetitions == 5);
  CHECK(f.repetitions_agreeing == 1);
  CHECK(f.exponent == Approx(1).margin(0.02));
  CHECK(f.exponent_low < 0);
  CHECK(f.exponent_high > 2);

  // One stray repetition: the other four agree.
  Fit one = fit(with_strays({{3, 0}}));
  CHECK(one.best == Class::n);
  CHECK(one.repetitions_agreeing == 4);
}

TEST_CASE("A jump at the largest size is not read as 2ⁿ", "[growth]") {
  // 2ⁿ at n in the thousands is zero below the largest n, so 2ⁿ plus an overhead would be
  // a step there and fit this exactly.
  std::vector<Sample> samples;
  for (double n : geometric_sizes()) {
    double t = n == geometric_sizes().back() ? 2e-3 : 1e-3;
    samples.push_back({n, {t * 0.99, t, t * 1.01}});
  }
  Fit f = fit(samples);
  CHECK(f.leading != Class::exponential);
  CHECK(f.best != Class::exponential);
}

TEST_CASE("Bad data is dropped, never thrown on", "[growth]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  auto samples = timings_of(Class::n_squared, 0.05, 9);
  Class clean = *fit(samples).best;
  samples.push_back({1, {1e-3, 2e-3}});  // ln ln 1 is undefined
  samples.push_back({0, {1e-3}});
  samples.push_back({-5, {1e-3}});
  samples.push_back({nan, {1e-3}});
  samples.push_back({inf, {1e-3}});
  samples.push_back({3000, {}});
  samples[7].seconds.push_back(nan);
  samples[7].seconds.push_back(-1);
  samples[6].seconds.push_back(inf);
  Fit f;
  REQUIRE_NOTHROW(f = fit(samples));
  CHECK(f.best == clean);

  // A time of zero is below any floor; all zeros cannot be read.
  std::vector<Sample> zeros;
  for (double n : geometric_sizes()) zeros.push_back({n, {0, 0, 0}});
  CHECK_FALSE(fit(zeros).best);
  FitOptions no_floor;
  no_floor.floor_seconds = 0;
  CHECK_FALSE(fit(zeros, no_floor).best);
}

TEST_CASE("A size given twice is one size with all its repetitions", "[growth]") {
  auto samples = timings_of(Class::n_log_n, 0.05, 10);
  auto halves = samples;
  for (Sample& s : halves) s.seconds.resize(2);
  std::vector<Sample> split;
  for (std::size_t i = 0; i < samples.size(); ++i) {
    split.push_back(halves[i]);
    split.push_back({samples[i].n, {samples[i].seconds.begin() + 2, samples[i].seconds.end()}});
  }
  Fit whole = fit(samples), parts = fit(split);
  CHECK(parts.best == Class::n_log_n);
  CHECK(parts.sizes_used == whole.sizes_used);
  CHECK(parts.exponent == Approx(whole.exponent));
}

// ---------------------------------------------------------------------------------------
// Plots and formats.

TEST_CASE("Seconds print in the unit that fits, three digits", "[growth]") {
  CHECK(format_seconds(3.1) == "3.1 s");
  CHECK(format_seconds(1.2345) == "1.23 s");
  CHECK(format_seconds(0.412) == "412 ms");
  CHECK(format_seconds(37.5e-6) == "37.5 µs");
  CHECK(format_seconds(850e-9) == "850 ns");
  CHECK(format_seconds(2e-6) == "2 µs");
  CHECK(format_seconds(0.0009996) == "1 ms");  // rounds up into the next unit
  CHECK(format_seconds(0) == "0 s");
}

TEST_CASE("Sizes print short", "[growth]") {
  CHECK(format_count(24) == "24");
  CHECK(format_count(1000) == "1k");
  CHECK(format_count(1500) == "1.5k");
  CHECK(format_count(128000) == "128k");
  CHECK(format_count(1048576) == "1.05M");
  CHECK(format_count(2e9) == "2G");
}

TEST_CASE("The terminal plot has its rows, axes and legend within the width", "[growth]") {
  std::vector<Series> series = {
      {"reference", 'o', timings_of(Class::n, 0.05, 1)},
      {"attempt", 'x', timings_of(Class::n_squared, 0.05, 1)},
  };
  for (int height : {16, 9}) {
    CAPTURE(height);
    std::string plot = plot_text(series, 72, height);
    auto lines = lines_of(plot);
    int plot_rows = 0, circles = 0, crosses = 0;
    for (const std::string& line : lines) {
      CAPTURE(line);
      CHECK(columns(line) <= 72);
      CHECK(columns(line) <= 80);
      if (line.find("│") == std::string::npos && line.find("┤") == std::string::npos) continue;
      ++plot_rows;
      circles += static_cast<int>(std::count(line.begin(), line.end(), 'o'));
      crosses += static_cast<int>(std::count(line.begin(), line.end(), 'x'));
    }
    CHECK(plot_rows == height);
    CHECK(circles >= 4);  // the two series part after the first sizes
    CHECK(crosses >= 4);
    CHECK(std::count(plot.begin(), plot.end(), '\n') ==
          height + 4);  // + names, axis, labels, legend
    CHECK_THAT(plot, Contains("└"));
    CHECK_THAT(plot, Contains("o reference"));
    CHECK_THAT(plot, Contains("x attempt"));
    CHECK_THAT(plot, Contains("time"));
    CHECK_THAT(plot, Contains("100k"));
  }
}

TEST_CASE("The terminal plot puts larger n right and larger times up", "[growth]") {
  std::vector<Series> series = {
      {"small", 'a', {{100, {1e-6}}}},
      {"middle", 'b', {{1000, {1e-4}}}},
      {"large", 'c', {{10000, {1e-2}}}},
  };
  auto lines = lines_of(plot_text(series));
  auto [row_a, column_a] = where(lines, 'a');
  auto [row_b, column_b] = where(lines, 'b');
  auto [row_c, column_c] = where(lines, 'c');
  CHECK(column_a < column_b);
  CHECK(column_b < column_c);
  CHECK(row_a > row_b);
  CHECK(row_b > row_c);
  // On a log scale the middle point is halfway.
  CHECK(std::abs((column_b - column_a) - (column_c - column_b)) <= 1);
  CHECK(std::abs((row_a - row_b) - (row_b - row_c)) <= 1);
}

TEST_CASE("The terminal plot marks shared cells and survives no data", "[growth]") {
  std::vector<Series> same = {{"one", 'a', {{10, {1e-3}}, {100, {1e-2}}}},
                              {"two", 'b', {{10, {1e-3}}, {100, {1e-2}}}}};
  std::string plot = plot_text(same);
  CHECK_THAT(plot, Contains("# more than one"));
  std::string odd = plot_text({{"two\nlines", '\t', {{10, {1e-3}}, {100, {1e-2}}}}});
  CHECK_THAT(odd, Contains("* two lines"));  // a mark that prints, a label on one line
  CHECK(plot_text({}) == "(no timings to plot)\n");
  CHECK(plot_text({{"bad", 'z', {{-1, {1.0}}, {10, {0.0}}}}}) == "(no timings to plot)\n");
}

namespace {

// Every tag closed in order: a tag stack over "<name ...>", "</name>" and "<name .../>".
bool balanced(const std::string& svg) {
  std::vector<std::string> open;
  std::size_t at = 0;
  while ((at = svg.find('<', at)) != std::string::npos) {
    std::size_t end = svg.find('>', at);
    if (end == std::string::npos) return false;
    std::string tag = svg.substr(at + 1, end - at - 1);
    at = end + 1;
    if (tag.empty()) return false;
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return false;
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
  }
  return open.empty();
}

}  // namespace

TEST_CASE("The SVG is a standalone, balanced document with escaped text", "[growth]") {
  std::vector<Series> series = {
      {"ref <&> \"q\"", 'o', timings_of(Class::n, 0.05, 1)},
      {"attempt", 'x', timings_of(Class::n_squared, 0.05, 1)},
  };
  std::string svg = plot_svg(series, "two-sum <bench>");
  CHECK_THAT(svg, StartsWith("<svg"));
  CHECK_THAT(svg, EndsWith("</svg>\n"));
  CHECK(balanced(svg));
  CHECK_THAT(svg, Contains("ref &lt;&amp;&gt; &quot;q&quot;"));
  CHECK_THAT(svg, Contains("two-sum &lt;bench&gt;"));
  CHECK(svg.find("<&>") == std::string::npos);
  CHECK(svg.find("<bench>") == std::string::npos);
  // The axes, and a line through each series' eight points, each with a dot.
  std::size_t polylines = 0, circles = 0;
  for (std::size_t at = 0; (at = svg.find("<polyline", at)) != std::string::npos; ++at) ++polylines;
  for (std::size_t at = 0; (at = svg.find("<circle", at)) != std::string::npos; ++at) ++circles;
  CHECK(polylines == 1 + 2);
  CHECK(circles == 2 * 8 + 2);  // + a dot per legend entry

  CHECK(balanced(plot_svg({}, "empty")));
  CHECK_FALSE(balanced("<svg><g></svg>"));  // the checker itself can fail
}
