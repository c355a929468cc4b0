// The check-in: a few lines about a day's practice, to paste into a study group's
// chat, or a small card image of the same (SVG).
//
//   2026-12-05 · kata check-in
//   - 35. Search Insert Position (Easy): AC, 2 tries, 18m 4s
//   - 42. Trapping Rain Water (Hard): WA, 3 tries
//   Streak: 5 days · LeetCode Hot 100: 61/100
//
// A problem is listed when the day has a judged attempt at it (ERR, the judge's
// fault, left out), in the order of its first attempt that day; its verdict is AC
// if one was, else the last; its time is the first AC's time since `kata start`.
// The lists are those with a problem solved, as solved / the list's length. The
// pattern is not named: the group sees what was solved, not how.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>

namespace kata::practice {

struct CheckinProblem {
  int id = 0;
  std::string title, difficulty;
  judge::Verdict verdict = judge::Verdict::ERR;
  int tries = 0;
  std::optional<double> seconds;  // to the first AC
};

struct Checkin {
  Day day;
  std::vector<CheckinProblem> problems;
  int streak = 0;                  // the current streak on that day
  std::vector<std::string> lists;  // "LeetCode Hot 100 (热题 100): 61/100"
};

Checkin checkin(const std::vector<Record>& records, const judge::Catalog& catalog, Day day);

// The lines above; with markdown, the title in bold and the problems as a list.
std::string checkin_text(const Checkin& c, bool markdown);
// The same as a small SVG card (self-contained; text escaped).
std::string checkin_svg(const Checkin& c);

}  // namespace kata::practice
