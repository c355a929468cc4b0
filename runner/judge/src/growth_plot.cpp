// See kata/judge/growth.hpp: the log-log plots of a bench, and its number formats.
#include "kata/judge/growth.hpp"

#include <kata/judge/text.hpp>

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

namespace kata::judge::growth {

namespace {

// v rounded to three significant digits, printed without trailing zeros.
std::string three_digits(double v) {
  int digits = v > 0 ? static_cast<int>(std::floor(std::log10(v))) + 1 : 1;
  int decimals = std::max(0, 3 - digits);
  std::string text = fmt::format("{:.{}f}", v, decimals);
  if (text.find('.') != std::string::npos) {
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
  }
  return text;
}

// v rounded to three significant digits (so 999.7 becomes 1000 and moves up a unit).
double rounded(double v) {
  if (!(v > 0)) return v;
  double factor = std::pow(10.0, 2 - std::floor(std::log10(v)));
  return std::round(v * factor) / factor;
}

struct Unit {
  double scale;
  const char* suffix;
};

// `v` in the largest unit that leaves it at least 1 (after rounding), else the last.
template <std::size_t N>
std::string in_units(double v, const std::array<Unit, N>& units, const char* separator) {
  for (const Unit& unit : units) {
    double scaled = rounded(v / unit.scale);
    if (scaled >= 1 || &unit == &units.back()) {
      return fmt::format("{}{}{}", three_digits(scaled), separator, unit.suffix);
    }
  }
  return "";
}

}  // namespace

std::string format_seconds(double seconds) {
  if (std::isnan(seconds)) return "? s";
  if (seconds < 0) return "-" + format_seconds(-seconds);
  if (seconds == 0) return "0 s";
  if (std::isinf(seconds)) return "∞ s";
  static constexpr std::array<Unit, 4> kUnits = {
      {{1, "s"}, {1e-3, "ms"}, {1e-6, "µs"}, {1e-9, "ns"}}};
  return in_units(seconds, kUnits, " ");
}

std::string format_count(double n) {
  if (!std::isfinite(n)) return "?";
  if (n < 0) return "-" + format_count(-n);
  static constexpr std::array<Unit, 4> kUnits = {{{1e9, "G"}, {1e6, "M"}, {1e3, "k"}, {1, ""}}};
  return in_units(n, kUnits, "");
}

// ---------------------------------------------------------------------------------------
// What both plots draw: each series' medians, and the log ranges they span.

namespace {

struct Dot {
  double n;
  double seconds;
};

struct Frame {
  std::vector<std::vector<Dot>> dots;  // per series, by n; only n > 0 and t > 0
  double n_low = 0, n_high = 0, t_low = 0, t_high = 0;
  bool empty = true;
};

double median_of(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t mid = v.size() / 2;
  return v.size() % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

Frame frame(const std::vector<Series>& series) {
  Frame f;
  for (const Series& s : series) {
    std::vector<Dot> dots;
    for (const Sample& sample : s.samples) {
      std::vector<double> good;
      for (double t : sample.seconds) {
        if (std::isfinite(t) && t > 0) good.push_back(t);
      }
      if (!std::isfinite(sample.n) || sample.n <= 0 || good.empty()) continue;
      dots.push_back({sample.n, median_of(std::move(good))});
    }
    std::sort(dots.begin(), dots.end(), [](const Dot& a, const Dot& b) { return a.n < b.n; });
    for (const Dot& d : dots) {
      f.n_low = f.empty ? d.n : std::min(f.n_low, d.n);
      f.n_high = f.empty ? d.n : std::max(f.n_high, d.n);
      f.t_low = f.empty ? d.seconds : std::min(f.t_low, d.seconds);
      f.t_high = f.empty ? d.seconds : std::max(f.t_high, d.seconds);
      f.empty = false;
    }
    f.dots.push_back(std::move(dots));
  }
  return f;
}

// Where v falls between low and high on a log scale: 0..1 (0.5 when they are equal).
double position(double v, double low, double high) {
  double span = std::log(high) - std::log(low);
  return span > 0 ? (std::log(v) - std::log(low)) / span : 0.5;
}

// Tick values in [low, high]: powers of ten when at least two fall inside, else
// 1-2-5 steps, else the two ends.
std::vector<double> ticks(double low, double high) {
  auto within = [&](double v) { return v >= low * (1 - 1e-9) && v <= high * (1 + 1e-9); };
  int first = static_cast<int>(std::floor(std::log10(low))) - 1;
  int last = static_cast<int>(std::ceil(std::log10(high))) + 1;
  std::vector<double> decades, steps;
  for (int k = first; k <= last; ++k) {
    double decade = std::pow(10.0, k);
    for (double step : {1.0, 2.0, 5.0}) {
      if (!within(step * decade)) continue;
      steps.push_back(step * decade);
      if (step == 1) decades.push_back(decade);
    }
  }
  if (decades.size() >= 2) return decades;
  if (steps.size() >= 2) return steps;
  if (high > low) return {low, high};
  return {low};
}

// Columns on a terminal (text.hpp).
int columns(std::string_view text) {
  return static_cast<int>(judge::display_width(text));
}

// The text on one line (control characters become spaces), cut to `limit` code points.
std::string clip(std::string_view text, int limit) {
  std::string out;
  int seen = 0;
  for (char c : text) {
    if ((c & 0xC0) != 0x80 && seen++ == limit) break;
    auto byte = static_cast<unsigned char>(c);
    out += byte < 0x20 || byte == 0x7f ? ' ' : c;
  }
  return out;
}

// A mark that prints as one column: printable ASCII, else '*'.
char printable_mark(char mark) {
  return mark > ' ' && mark < 0x7f ? mark : '*';
}

}  // namespace

// ---------------------------------------------------------------------------------------
// The terminal plot.

std::string plot_text(const std::vector<Series>& series, int width, int height) {
  Frame f = frame(series);
  if (f.empty) return "(no timings to plot)\n";
  height = std::max(height, 3);

  // The margin holds the time labels, right-aligned, and the two axis names.
  std::vector<std::pair<int, std::string>> y_labels;  // row, label
  for (double t : ticks(f.t_low, f.t_high)) {
    int row = static_cast<int>(std::lround((1 - position(t, f.t_low, f.t_high)) * (height - 1)));
    bool taken = std::any_of(y_labels.begin(), y_labels.end(),
                             [&](const auto& label) { return label.first == row; });
    if (!taken) y_labels.emplace_back(row, format_seconds(t));
  }
  int margin = columns("time");
  for (const auto& label : y_labels) margin = std::max(margin, columns(label.second));
  int plot_width = std::max(width - margin - 2, 10);  // margin, a space, the axis

  // The points; a cell two series share shows '#'.
  std::vector<std::string> grid(height, std::string(plot_width, ' '));
  bool shared = false;
  for (std::size_t s = 0; s < f.dots.size(); ++s) {
    for (const Dot& d : f.dots[s]) {
      auto column = std::lround(position(d.n, f.n_low, f.n_high) * (plot_width - 1));
      auto row = std::lround((1 - position(d.seconds, f.t_low, f.t_high)) * (height - 1));
      char& cell = grid[row][column];
      char mark = printable_mark(series[s].mark);
      if (cell != ' ' && cell != mark) {
        cell = '#';
        shared = true;
      } else {
        cell = mark;
      }
    }
  }

  std::string out = fmt::format("{:>{}}\n", "time", margin);
  for (int row = 0; row < height; ++row) {
    auto label = std::find_if(y_labels.begin(), y_labels.end(),
                              [&](const auto& l) { return l.first == row; });
    std::string text = label == y_labels.end() ? "" : label->second;
    std::string line = fmt::format("{}{} {}{}", std::string(margin - columns(text), ' '), text,
                                   label == y_labels.end() ? "│" : "┤", grid[row]);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }

  // The n axis: a tick under each labelled value, labels centred where they fit.
  std::string axis(plot_width, '-');  // '-' stands for ─ and '+' for ┬ until printed
  std::string labels(plot_width, ' ');
  int free_from = 0;
  for (double n : ticks(f.n_low, f.n_high)) {
    int column = static_cast<int>(std::lround(position(n, f.n_low, f.n_high) * (plot_width - 1)));
    std::string text = format_count(n);
    int size = static_cast<int>(text.size());
    int start = std::clamp(column - size / 2, 0, plot_width - size);
    if (start < free_from) continue;
    axis[column] = '+';
    labels.replace(start, size, text);
    free_from = start + size + 1;
  }
  std::string axis_line = fmt::format("{}└", std::string(margin + 1, ' '));
  for (char c : axis) axis_line += c == '+' ? "┬" : "─";
  out += axis_line + "\n";
  while (!labels.empty() && labels.back() == ' ') labels.pop_back();
  out += fmt::format("{:>{}}  {}\n", "n", margin, labels);

  // The legend, as many entries to a line as fit.
  std::vector<std::string> entries;
  for (const Series& s : series) {
    entries.push_back(fmt::format("{} {}", printable_mark(s.mark), s.label));
  }
  if (shared) entries.emplace_back("# more than one");
  std::string line;
  for (const std::string& entry : entries) {
    std::string item = clip(entry, width - 2);
    if (!line.empty() && columns(line) + 3 + columns(item) > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "  " : "   ") + item;
  }
  if (!line.empty()) out += line + "\n";
  return out;
}

// ---------------------------------------------------------------------------------------
// The SVG.

namespace {

std::string xml_escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

constexpr std::array<const char*, 6> kColors = {"#1f77b4", "#d62728", "#2ca02c",
                                                "#9467bd", "#ff7f0e", "#17becf"};

}  // namespace

std::string plot_svg(const std::vector<Series>& series, std::string_view title) {
  constexpr double kWidth = 720, kLeft = 80, kRight = 24, kTop = 44, kPlotHeight = 320;
  constexpr double kPlotWidth = kWidth - kLeft - kRight, kBottom = kTop + kPlotHeight;
  double legend_top = kBottom + 56;
  double height = legend_top + 20 * static_cast<double>(series.size()) + 12;

  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" font-family=\"sans-serif\" font-size=\"12\">\n"
      "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      "<text x=\"{2}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">{3}</text>\n",
      kWidth, height, kWidth / 2, xml_escaped(title));

  Frame f = frame(series);
  if (f.empty) {
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">no timings</text>\n",
                       kLeft + kPlotWidth / 2, kTop + kPlotHeight / 2);
    return out + "</svg>\n";
  }
  auto x_of = [&](double n) { return kLeft + position(n, f.n_low, f.n_high) * kPlotWidth; };
  auto y_of = [&](double t) { return kBottom - position(t, f.t_low, f.t_high) * kPlotHeight; };

  // Grid lines and labels at the ticks, then the axes and their names.
  for (double t : ticks(f.t_low, f.t_high)) {
    out += fmt::format(
        "<line x1=\"{0}\" y1=\"{1:.1f}\" x2=\"{2}\" y2=\"{1:.1f}\" stroke=\"#ddd\"/>\n"
        "<text x=\"{3}\" y=\"{4:.1f}\" text-anchor=\"end\">{5}</text>\n",
        kLeft, y_of(t), kLeft + kPlotWidth, kLeft - 6, y_of(t) + 4, xml_escaped(format_seconds(t)));
  }
  for (double n : ticks(f.n_low, f.n_high)) {
    out += fmt::format(
        "<line x1=\"{0:.1f}\" y1=\"{1}\" x2=\"{0:.1f}\" y2=\"{2}\" stroke=\"#ddd\"/>\n"
        "<text x=\"{0:.1f}\" y=\"{3}\" text-anchor=\"middle\">{4}</text>\n",
        x_of(n), kTop, kBottom, kBottom + 18, xml_escaped(format_count(n)));
  }
  out += fmt::format(
      "<polyline points=\"{0},{1} {0},{2} {3},{2}\" fill=\"none\" stroke=\"black\"/>\n"
      "<text x=\"{4}\" y=\"{5}\" text-anchor=\"middle\">n (log scale)</text>\n"
      "<text x=\"18\" y=\"{6}\" text-anchor=\"middle\" transform=\"rotate(-90 18 {6})\">"
      "time (log scale)</text>\n",
      kLeft, kTop, kBottom, kLeft + kPlotWidth, kLeft + kPlotWidth / 2, kBottom + 40,
      kTop + kPlotHeight / 2);

  // Each series: a line through its medians, a dot at each with its values as a tooltip.
  for (std::size_t s = 0; s < f.dots.size(); ++s) {
    const char* color = kColors[s % kColors.size()];
    std::string label = xml_escaped(series[s].label);
    std::string points;
    for (const Dot& d : f.dots[s]) {
      points +=
          fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", x_of(d.n), y_of(d.seconds));
    }
    if (f.dots[s].size() >= 2) {
      out += fmt::format(
          "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.5\"/>\n", points,
          color);
    }
    for (const Dot& d : f.dots[s]) {
      out += fmt::format(
          "<circle cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.5\" fill=\"{}\"><title>{}: n = {}, {}"
          "</title></circle>\n",
          x_of(d.n), y_of(d.seconds), color, label, format_count(d.n),
          xml_escaped(format_seconds(d.seconds)));
    }
    double y = legend_top + 20 * static_cast<double>(s);
    out += fmt::format(
        "<circle cx=\"{}\" cy=\"{}\" r=\"4\" fill=\"{}\"/>\n"
        "<text x=\"{}\" y=\"{}\">{}</text>\n",
        kLeft + 6, y - 4, color, kLeft + 16, y, label);
  }
  return out + "</svg>\n";
}

}  // namespace kata::judge::growth
