// Calendar days, the unit of the practice habit: a streak, a due date and a
// heatmap cell are all counted in local days.
//
// A record's day is the date written in its own time stamp (the offset it was
// written with), so a log carried across time zones keeps the days its writer
// lived; "today" is the machine's local date.
#pragma once

#include <chrono>  // std::chrono::sys_days
#include <optional>
#include <string>
#include <string_view>

#include <kata/practice/log.hpp>

namespace kata::practice {

using Day = std::chrono::sys_days;

// "2026-11-28" -> a day; nullopt unless exactly YYYY-MM-DD and a real date.
std::optional<Day> parse_day(std::string_view text);
std::string format_day(Day d);  // "2026-11-28"
Day today_local();

// The local day a record was written on, or nullopt for a malformed time.
std::optional<Day> record_day(const Record& r);

// Whole days from `from` to `to` (negative when `to` is earlier).
inline int days_between(Day from, Day to) { return static_cast<int>((to - from).count()); }

// 0 = Monday ... 6 = Sunday.
unsigned weekday_from_monday(Day d);

// 1 -> "Jan" ... 12 -> "Dec".
std::string_view month_abbreviation(unsigned month);

}  // namespace kata::practice
