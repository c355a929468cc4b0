// See kata/judge/growth.hpp: the fit, and reading a stated cost.
#include "kata/judge/growth.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <span>

#include <fmt/format.h>

namespace kata::judge::growth {

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + mid, v.end());
  double upper = v[mid];
  if (v.size() % 2 == 1) return upper;
  return (*std::max_element(v.begin(), v.begin() + mid) + upper) / 2;
}

std::string_view name(Class c) {
  switch (c) {
    case Class::constant:
      return "1";
    case Class::log_n:
      return "log n";
    case Class::n:
      return "n";
    case Class::n_log_n:
      return "n log n";
    case Class::n_squared:
      return "n²";
    case Class::n_cubed:
      return "n³";
    case Class::exponential:
      return "2ⁿ";
  }
  return "?";
}

std::string big_o(Class c) {
  return fmt::format("O({})", name(c));
}

int order(Class c) {
  return static_cast<int>(c);
}

// ---------------------------------------------------------------------------------------
// Reading a stated cost.

namespace {

// A product of factors n^n_power · (log n)^log_power · 2^n (when exponential).
struct Term {
  int n_power = 0;
  int log_power = 0;
  bool exponential = false;
};

std::optional<Class> class_of(const Term& t) {
  if (t.exponential) {
    if (t.n_power == 0 && t.log_power == 0) return Class::exponential;
    return std::nullopt;
  }
  if (t.log_power == 0) {
    switch (t.n_power) {
      case 0:
        return Class::constant;
      case 1:
        return Class::n;
      case 2:
        return Class::n_squared;
      case 3:
        return Class::n_cubed;
    }
  }
  if (t.log_power == 1 && t.n_power == 0) return Class::log_n;
  if (t.log_power == 1 && t.n_power == 1) return Class::n_log_n;
  return std::nullopt;
}

// A recursive-descent reader over the text with spaces removed and ASCII letters
// lowered. Any character it does not expect (another variable, a root, a fraction)
// fails the whole parse.
class CostReader {
 public:
  explicit CostReader(std::string text) : s_(std::move(text)) {}

  std::optional<Class> read() {
    std::optional<Class> worst;
    do {
      auto term = read_term();
      if (!term) return std::nullopt;
      auto c = class_of(*term);
      if (!c) return std::nullopt;
      if (!worst || order(*c) > order(*worst)) worst = c;
    } while (eat("+"));
    if (at_ < s_.size()) return std::nullopt;
    return worst;
  }

 private:
  bool eat(std::string_view token) {
    if (s_.compare(at_, token.size(), token) != 0) return false;
    at_ += token.size();
    return true;
  }

  std::optional<int> read_int() {
    std::size_t start = at_;
    int value = 0;
    while (at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9' && at_ - start < 3) {
      value = value * 10 + (s_[at_++] - '0');
    }
    if (at_ == start) return std::nullopt;
    return value;
  }

  // "n", "(n)": the variable, once.
  bool read_n() { return eat("n") || (eat("(") && eat("n") && eat(")")); }

  // A power after n or log: "^2", "²", "³"; 1 when none.
  std::optional<int> read_power() {
    if (eat("^")) return read_int();
    if (eat("²")) return 2;
    if (eat("³")) return 3;
    return 1;
  }

  bool read_factor(Term& t) {
    if (eat("2ⁿ") || (eat("2^") && read_n())) {
      t.exponential = true;
      return true;
    }
    if (eat("1")) return true;
    if (eat("log") || eat("lg") || eat("ln")) {
      eat("₂") || eat("_2") || eat("2");  // the base changes no class
      auto power = read_power();
      if (!power || !read_n()) return false;
      t.log_power += *power;
      return true;
    }
    if (eat("n")) {
      auto power = read_power();
      if (!power) return false;
      t.n_power += *power;
      return true;
    }
    return false;
  }

  std::optional<Term> read_term() {
    Term t;
    if (!read_factor(t)) return std::nullopt;
    for (;;) {
      bool times = eat("*") || eat("·") || eat("⋅") || eat("×");
      std::size_t before = at_;
      if (!read_factor(t)) {
        if (times) return std::nullopt;  // "n*" with nothing after
        at_ = before;
        return t;
      }
    }
  }

  std::string s_;
  std::size_t at_ = 0;
};

}  // namespace

std::optional<Class> parse_big_o(std::string_view text) {
  std::string s;
  for (char ch : text) {
    if (ch == ' ' || ch == '\t') continue;
    s += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  // "O(...)" or, leniently, the bare inside.
  if (s.size() >= 3 && s[0] == 'o' && s[1] == '(' && s.back() == ')') {
    s = s.substr(2, s.size() - 3);
  }
  if (s.empty()) return std::nullopt;
  return CostReader(std::move(s)).read();
}

// ---------------------------------------------------------------------------------------
// The fit.

namespace {

constexpr std::array kClasses = {Class::constant,   Class::log_n,     Class::n,
                                 Class::n_log_n,    Class::n_squared, Class::n_cubed,
                                 Class::exponential};

// ln f(n) for n >= 2 (where ln ln n is defined).
double log_f(Class c, double n) {
  double ln_n = std::log(n);
  switch (c) {
    case Class::constant:
      return 0;
    case Class::log_n:
      return std::log(ln_n);
    case Class::n:
      return ln_n;
    case Class::n_log_n:
      return ln_n + std::log(ln_n);
    case Class::n_squared:
      return 2 * ln_n;
    case Class::n_cubed:
      return 3 * ln_n;
    case Class::exponential:
      return n * std::log(2.0);
  }
  return 0;
}

struct Point {
  double n;
  double seconds;  // > 0
};

// The standard deviation of residuals whose model had `parameters` free parameters
// (the mean is taken off here; it is the model's scale, one of those parameters).
double spread(const std::vector<double>& residuals, int parameters) {
  double mean = 0;
  for (double r : residuals) mean += r;
  mean /= static_cast<double>(residuals.size());
  double squares = 0;
  for (double r : residuals) squares += (r - mean) * (r - mean);
  double freedom = static_cast<double>(residuals.size()) - parameters;
  return freedom > 0 ? std::sqrt(squares / freedom) : 0;
}

// t = c·f(n): residuals ln t − ln f(n), less their mean.
double plain_score(Class c, std::span<const Point> points) {
  std::vector<double> residuals;
  for (const Point& p : points) residuals.push_back(std::log(p.seconds) - log_f(c, p.n));
  return spread(residuals, 1);
}

// t = a + c·f(n), or nullopt when that variant does not apply (see growth.hpp). a and c
// minimise the relative error Σ((a + c·f)/t − 1)², a linear least squares problem; f is
// scaled to 1 at the largest n so 2ⁿ cannot overflow.
std::optional<double> overhead_score(Class c, std::span<const Point> points, double max_overhead) {
  if (c == Class::constant || points.size() < 4) return std::nullopt;
  double log_f_max = log_f(c, points.back().n);
  std::vector<double> f;
  for (const Point& p : points) f.push_back(std::exp(log_f(c, p.n) - log_f_max));
  // Where f all but vanishes below the largest n (2ⁿ at n in the thousands), a + c·f is a
  // step at the last size, which fits anything that jumps there.
  if (f.front() < 1e-6) return std::nullopt;
  double uu = 0, uv = 0, vv = 0, u1 = 0, v1 = 0;  // u = 1/t, v = f/t
  for (std::size_t i = 0; i < points.size(); ++i) {
    double u = 1 / points[i].seconds, v = f[i] / points[i].seconds;
    uu += u * u, uv += u * v, vv += v * v, u1 += u, v1 += v;
  }
  double det = uu * vv - uv * uv;
  if (!(det > 1e-9 * uu * vv)) return std::nullopt;  // f nearly flat: a and c not separable
  double a = (u1 * vv - v1 * uv) / det;
  double scale = (v1 * uu - u1 * uv) / det;
  if (!(a > 0 && scale > 0 && a <= scale && a <= max_overhead)) return std::nullopt;
  std::vector<double> residuals;
  for (std::size_t i = 0; i < points.size(); ++i) {
    residuals.push_back(std::log(points[i].seconds) - std::log(a + scale * f[i]));
  }
  return spread(residuals, 2);
}

double score(Class c, std::span<const Point> points, double max_overhead) {
  double plain = plain_score(c, points);
  auto overhead = overhead_score(c, points, max_overhead);
  return overhead ? std::min(plain, *overhead) : plain;
}

// Every class's score, best first (ties keep the slower-growing class first).
std::vector<std::pair<Class, double>> rank(std::span<const Point> points, double max_overhead) {
  std::vector<std::pair<Class, double>> scores;
  for (Class c : kClasses) scores.emplace_back(c, score(c, points, max_overhead));
  std::stable_sort(scores.begin(), scores.end(),
                   [](const auto& x, const auto& y) { return x.second < y.second; });
  return scores;
}

// How far apart two classes' curves are over these sizes, each shifted to fit: the root
// of the summed squares of ln f(n) − ln g(n) about its mean.
double distance(Class f, Class g, std::span<const Point> points) {
  std::vector<double> gaps;
  for (const Point& p : points) gaps.push_back(log_f(f, p.n) - log_f(g, p.n));
  return spread(gaps, 1) * std::sqrt(static_cast<double>(points.size()) - 1);
}

struct Line {
  double slope = 0;
  double noise = 0;  // residual standard deviation, two parameters
};

// Least squares of ln t on ln n.
Line power_law(std::span<const Point> points) {
  double mx = 0, my = 0;
  for (const Point& p : points) mx += std::log(p.n), my += std::log(p.seconds);
  mx /= static_cast<double>(points.size()), my /= static_cast<double>(points.size());
  double sxx = 0, sxy = 0;
  for (const Point& p : points) {
    double dx = std::log(p.n) - mx, dy = std::log(p.seconds) - my;
    sxx += dx * dx, sxy += dx * dy;
  }
  Line line;
  if (!(sxx > 0)) return line;
  line.slope = sxy / sxx;
  std::vector<double> residuals;
  for (const Point& p : points) {
    residuals.push_back(std::log(p.seconds) - line.slope * (std::log(p.n) - mx));
  }
  line.noise = spread(residuals, 2);
  return line;
}

struct Size {
  double n;
  std::vector<double> seconds;  // finite and >= 0, in the order run
  double median;
};

// Sizes with n >= 2 (growth needs a range, and ln ln n is undefined at 1), their
// repetitions merged when n repeats, bad times (NaN, infinite, negative) dropped.
std::vector<Size> gather(const std::vector<Sample>& samples) {
  std::map<double, std::vector<double>> by_n;
  for (const Sample& s : samples) {
    if (!std::isfinite(s.n) || s.n < 2) continue;
    for (double t : s.seconds) {
      if (std::isfinite(t) && t >= 0) by_n[s.n].push_back(t);
    }
  }
  std::vector<Size> sizes;
  for (auto& [n, seconds] : by_n) {
    if (seconds.empty()) continue;
    double m = median(seconds);
    sizes.push_back({n, std::move(seconds), m});
  }
  return sizes;
}

// How far a size's median typically strays from the truth, in ln t, judged from the scatter
// of the repetitions: half the differences between two repetitions at the same size
// (pooled over the sizes used) are below 0.954 σ for normal noise, whatever the number of
// repetitions, and a median of R values strays by about 1.25 σ/√R. 0 without repetitions.
double median_noise(const std::vector<Size>& used) {
  std::vector<double> differences, counts;
  for (const Size& s : used) {
    std::vector<double> logs;
    for (double t : s.seconds) {
      if (t > 0) logs.push_back(std::log(t));
    }
    for (std::size_t i = 0; i < logs.size(); ++i) {
      for (std::size_t j = i + 1; j < logs.size(); ++j) {
        differences.push_back(std::abs(logs[i] - logs[j]));
      }
    }
    if (logs.size() >= 2) counts.push_back(static_cast<double>(logs.size()));
  }
  if (differences.empty()) return 0;
  double sigma = median(differences) / 0.954;
  return 1.2533 * sigma / std::sqrt(median(counts));
}

std::string percent(double log_spread) {
  return fmt::format("±{:.0f}%", (std::exp(log_spread) - 1) * 100);
}

}  // namespace

Fit fit(const std::vector<Sample>& samples, const FitOptions& options) {
  Fit result;
  auto cannot_tell = [&](Doubt doubt, std::string why) {
    result.best.reset();
    result.doubt = doubt;
    result.why = std::move(why);
    return result;
  };

  std::vector<Size> all = gather(samples);
  std::vector<Size> usable;
  for (const Size& s : all) {
    if (s.median >= options.floor_seconds && s.median > 0) usable.push_back(s);
  }
  int min_sizes = std::max(options.min_sizes, 2);
  if (static_cast<int>(usable.size()) < min_sizes) {
    int under = static_cast<int>(all.size() - usable.size());
    if (all.empty()) return cannot_tell(Doubt::too_few_sizes, "no timings");
    if (under > 0) {
      return cannot_tell(Doubt::under_floor,
                         fmt::format("times under {} at {} of {} sizes",
                                     format_seconds(options.floor_seconds), under, all.size()));
    }
    return cannot_tell(Doubt::too_few_sizes,
                       fmt::format("{} sizes (need {})", usable.size(), min_sizes));
  }

  // The upper part of the range: the largest 60%, at least min_sizes.
  int keep = std::max(min_sizes, static_cast<int>(std::ceil(0.6 * usable.size())));
  std::vector<Size> used(usable.end() - std::min<int>(keep, usable.size()), usable.end());
  result.sizes_used = static_cast<int>(used.size());

  std::vector<Point> medians;
  for (const Size& s : used) medians.push_back({s.n, s.median});
  Line line = power_law(medians);
  result.exponent = result.exponent_low = result.exponent_high = line.slope;
  // Every call pays the overhead, so it is at most the least median measured at any size
  // (10% more, as that median is itself noisy).
  double max_overhead = std::numeric_limits<double>::infinity();
  for (const Size& s : all) {
    if (s.median > 0) max_overhead = std::min(max_overhead, 1.1 * s.median);
  }
  result.scores = rank(medians, max_overhead);
  result.noise = median_noise(used);
  result.leading = result.scores[0].first;
  result.runner_up = result.scores[1].first;

  // Each repetition on its own: the r-th time at every size, wherever all are above 0.
  std::size_t repetitions = used.front().seconds.size();
  for (const Size& s : used) repetitions = std::min(repetitions, s.seconds.size());
  std::map<Class, int> picks;
  bool first_slope = true;
  for (std::size_t r = 0; r < repetitions; ++r) {
    std::vector<Point> series;
    for (const Size& s : used) {
      if (s.seconds[r] > 0) series.push_back({s.n, s.seconds[r]});
    }
    if (series.size() != used.size()) continue;
    double slope = power_law(series).slope;
    result.exponent_low = first_slope ? slope : std::min(result.exponent_low, slope);
    result.exponent_high = first_slope ? slope : std::max(result.exponent_high, slope);
    first_slope = false;
    ++result.repetitions;
    ++picks[rank(series, max_overhead)[0].first];
  }
  auto [best, best_score] = result.scores[0];
  auto [second, second_score] = result.scores[1];
  auto picked = [&](Class c) { return picks.contains(c) ? picks[c] : 0; };
  result.repetitions_agreeing = picked(best);

  // What a class must beat: its own misfit, or the medians' noise if that is larger.
  double uncertainty = std::max(best_score, result.noise);
  if (!(uncertainty <= options.max_noise)) {
    if (result.noise <= options.max_noise && line.noise <= options.max_noise) {
      return cannot_tell(Doubt::between_classes,
                         fmt::format("grows like n^{:.1f}, no class fits", line.slope));
    }
    return cannot_tell(Doubt::too_noisy, fmt::format("too noisy ({})", percent(uncertainty)));
  }
  // Two curves closer than the noise cannot be told apart, whatever the scores say.
  bool apart = distance(best, second, medians) >= 3 * result.noise;
  if (second_score <= options.margin * uncertainty || !apart) {
    bool slower_first = order(best) < order(second);
    return cannot_tell(Doubt::too_close, fmt::format("{} or {}: too close to tell",
                                                     name(slower_first ? best : second),
                                                     name(slower_first ? second : best)));
  }
  if (result.repetitions >= 3 && 2 * (picked(best) + picked(second)) < result.repetitions) {
    std::string counts;
    for (auto [c, count] : picks) {
      counts += fmt::format("{}{} in {}", counts.empty() ? "" : ", ", name(c), count);
    }
    return cannot_tell(Doubt::repetitions_disagree,
                       fmt::format("repetitions disagree ({} of {})", counts, result.repetitions));
  }
  result.best = best;
  return result;
}

}  // namespace kata::judge::growth
