// The daily pick: one problem a day, decided by the log, the date and the catalog.
//
// The pick for day d looks only at attempts from before d, so it stays the same
// all day while the person works on it (and logs attempts), and any date can be
// asked about. The rules, in order:
//
//   1. A review is due (review.hpp: due day <= d): the due card with the lowest
//      recall on d; ties go to the one due longest, then to the smaller slug.
//   2. Otherwise a new problem (no judged attempt yet). The pattern: the one with
//      the fewest problems tried (least practised), then the one named worst in
//      drills (kata drill: the share named right; never drilled counts as named),
//      then the lowest mean recall over its tried problems (weakest), then the
//      name. Within it: Easy before
//      Medium before Hard, then the LeetCode id, then the slug.
//   3. Otherwise (every problem tried, none due) the card with the lowest recall:
//      an early review. Ties as in 1.
//
// Only problems in the catalog are picked; cards of problems no longer in the
// catalog are ignored.
//
// From a study list (`kata daily --list hot-100`, or the default list in
// notes/kata.json: settings.hpp) only the list's problems that the catalog has are
// candidates, for all three rules, and rule 2 follows the list's own order instead
// of choosing a pattern: the first problem of the list not tried yet. A list is an
// order someone chose to learn in (Hot 100 goes topic by topic), so kata keeps it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/review.hpp>

namespace kata::practice {

struct Pick {
  enum class Kind { review, fresh, early } kind = Kind::fresh;
  Day date;
  const judge::Problem* problem = nullptr;
  std::optional<Card> card;  // review and early: the problem's card before d
  double recall = 0;         // on d, with a card
  int reviews_due = 0;       // how many were due on d in all (on the list, with one)
  const judge::ProblemList* list = nullptr;  // the list picked from; null: the whole catalog
  std::string why;           // one line: why this problem today
};

std::string_view to_string(Pick::Kind k);  // "review", "new", "early-review"

// The catalog's problems on `list`, in the list's order (every problem without one).
std::vector<const judge::Problem*> candidates(const judge::Catalog& catalog,
                                              const judge::ProblemList* list);

// nullopt only when there is nothing to pick from: an empty catalog, or a list
// none of whose problems the catalog has yet.
std::optional<Pick> pick_daily(const std::vector<Record>& records, const judge::Catalog& catalog,
                               Day date, const judge::ProblemList* list = nullptr);

}  // namespace kata::practice
