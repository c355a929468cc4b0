// Calendar days.
#include "kata/practice/day.hpp"

#include <ctime>  // std::time, localtime_r

#include <fmt/format.h>

namespace kata::practice {

namespace {

// Digits only, exactly `n` of them.
std::optional<int> digits(std::string_view s) {
  int v = 0;
  if (s.empty()) return std::nullopt;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<Day> parse_day(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = digits(text.substr(0, 4)), m = digits(text.substr(5, 2)), d = digits(text.substr(8, 2));
  if (!y || !m || !d) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                                  std::chrono::day{static_cast<unsigned>(*d)}};
  if (!ymd.ok()) return std::nullopt;
  return Day{ymd};
}

std::string format_day(Day d) {
  std::chrono::year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

namespace {

std::tm local_tm(std::int64_t epoch_seconds) {
  std::time_t t = static_cast<std::time_t>(epoch_seconds);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

}  // namespace

Day local_day(std::int64_t epoch_seconds) {
  const std::tm tm = local_tm(epoch_seconds);
  return Day{std::chrono::year{tm.tm_year + 1900} / std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)} /
             std::chrono::day{static_cast<unsigned>(tm.tm_mday)}};
}

Day today_local() {
  // $KATA_NOW (log.hpp) moves today with the clock, for tests.
  if (auto now = parse_time(now_local_iso())) return local_day(*now);
  return local_day(std::time(nullptr));
}

std::optional<Day> record_day(const Record& r) {
  auto t = parse_time(r.time);
  if (!t) return std::nullopt;
  return local_day(*t);
}

std::string local_minute(const Record& r) {
  auto t = parse_time(r.time);
  if (!t) return r.time;
  const std::tm tm = local_tm(*t);
  return fmt::format("{} {:02}:{:02}", format_day(local_day(*t)), tm.tm_hour, tm.tm_min);
}

unsigned weekday_from_monday(Day d) {
  // iso_encoding: Monday = 1 ... Sunday = 7.
  return std::chrono::weekday{d}.iso_encoding() - 1;
}

std::string_view month_abbreviation(unsigned month) {
  static constexpr std::string_view kMonths[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  return kMonths[(month + 11) % 12];
}

}  // namespace kata::practice
