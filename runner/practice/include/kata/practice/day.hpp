// Calendar days, the unit of the practice habit: a streak, a due date and a
// heatmap cell are all counted in local days.
//
// A record is an instant (its time stamp with its offset); the day it falls on is
// computed in the reader's zone (TZ), as "today" is. So a record written a moment
// ago is always of today or earlier, wherever the log was written, and a streak
// counts the reader's own days.
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

// The local day (reader's zone) of a record's instant, or nullopt for a malformed time.
std::optional<Day> record_day(const Record& r);
// The local day of seconds since the epoch.
Day local_day(std::int64_t epoch_seconds);
// "2026-11-28 09:15", the record's instant in the reader's zone; the raw text when
// its time does not parse.
std::string local_minute(const Record& r);

// Whole days from `from` to `to` (negative when `to` is earlier).
inline int days_between(Day from, Day to) { return static_cast<int>((to - from).count()); }

// 0 = Monday ... 6 = Sunday.
unsigned weekday_from_monday(Day d);

// 1 -> "Jan" ... 12 -> "Dec".
std::string_view month_abbreviation(unsigned month);

}  // namespace kata::practice
