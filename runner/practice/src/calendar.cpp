// The practice calendar in a terminal.
#include "kata/practice/calendar.hpp"

#include <array>
#include <string_view>

#include <fmt/format.h>

#include <kata/practice/stats.hpp>

namespace kata::practice {

namespace {

constexpr std::array<std::string_view, 5> kPlain = {".", "-", "+", "*", "#"};
// 256-colour greens, from an empty grey cell to the darkest green.
constexpr std::array<int, 5> kGreens = {237, 22, 28, 34, 40};
constexpr std::array<std::string_view, 7> kWeekdays = {"Mon", "", "Wed", "", "Fri", "", "Sun"};

std::string cell(int level, bool color) {
  if (!color) return std::string(kPlain[level]);
  return fmt::format("\x1b[38;5;{}m\u25a0\x1b[0m", kGreens[level]);
}

}  // namespace

int Heatmap::count(Day d) const {
  auto it = counts.find(d);
  return it == counts.end() ? 0 : it->second;
}

int shade_level(int attempts) {
  if (attempts <= 0) return 0;
  if (attempts == 1) return 1;
  if (attempts == 2) return 2;
  if (attempts <= 4) return 3;
  return 4;
}

Heatmap heatmap(const std::vector<Record>& records, Day today, int weeks) {
  Heatmap h;
  h.today = today;
  h.weeks = weeks;
  Day monday = today - std::chrono::days{weekday_from_monday(today)};
  h.first = monday - std::chrono::weeks{weeks - 1};
  for (const auto& [day, n] : attempts_per_day(records, today)) {
    if (day < h.first) continue;
    h.counts[day] = n;
    h.total += n;
  }
  return h;
}

std::string render_calendar(const Heatmap& h, bool color) {
  // Each column is one character wide, so that 52 weeks and the weekday names
  // take 56 columns of an 80-column terminal.
  std::string out = "    ";
  std::string months;
  unsigned last_month = 0;
  for (int w = 0; w < h.weeks; ++w) {
    std::chrono::year_month_day ymd{h.first + std::chrono::weeks{w}};
    unsigned m = static_cast<unsigned>(ymd.month());
    // A label where a month begins, when there is room for its three letters.
    if (m != last_month && months.size() <= static_cast<std::size_t>(w)) {
      months.resize(static_cast<std::size_t>(w), ' ');
      months += month_abbreviation(m);
    }
    last_month = m;
  }
  out += months + "\n";
  for (unsigned row = 0; row < 7; ++row) {
    out += fmt::format("{:<4}", kWeekdays[row]);
    for (int w = 0; w < h.weeks; ++w) {
      Day d = h.first + std::chrono::weeks{w} + std::chrono::days{row};
      if (d > h.today) break;
      out += cell(shade_level(h.count(d)), color);
    }
    out += '\n';
  }
  out += "\n    less ";
  for (int level = 0; level < 5; ++level) out += cell(level, color) + " ";
  out += fmt::format("more    {} attempt{} from {} to {}\n", h.total, h.total == 1 ? "" : "s",
                     format_day(h.first), format_day(h.today));
  return out;
}

}  // namespace kata::practice
