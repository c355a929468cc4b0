// The practice calendar: the last 52 weeks, one cell a day, as on a contribution
// graph. Weeks are columns (oldest left, the current week right), days are rows
// Monday to Sunday; days after `today` in the last column are left blank.
//
// A cell's shade is its count of judged attempts, in fixed steps so that one
// problem a day always looks the same: 0, 1, 2, 3-4, 5+ (levels 0..4). In a
// terminal with colour each cell is a coloured block; without colour (NO_COLOR,
// a pipe, TERM=dumb) plain ASCII: `.` `-` `+` `*` `#`.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>

namespace kata::practice {

struct Heatmap {
  Day first;  // a Monday: the top-left cell
  Day today;  // the last day shown
  int weeks = 52;
  std::map<Day, int> counts;  // judged attempts per day, within [first, today]
  int total = 0;              // their sum
  int count(Day d) const;
};

Heatmap heatmap(const std::vector<Record>& records, Day today, int weeks = 52);
int shade_level(int attempts);  // 0..4

// Month names over the columns, weekday names on the left, a legend below.
std::string render_calendar(const Heatmap& h, bool color);

}  // namespace kata::practice
