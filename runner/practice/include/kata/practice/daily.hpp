// The daily pick: one problem a day, decided by the log, the date and the catalog.
//
// The pick for day d looks only at attempts from before d, so it stays the same
// all day while the person works on it (and logs attempts), and any date can be
// asked about. The rules, in order:
//
//   1. A review is due (review.hpp: due day <= d): the due card with the lowest
//      recall on d; ties go to the one due longest, then to the smaller slug.
//   2. Otherwise a new problem (no judged attempt yet). The pattern: the one with
//      the fewest problems tried (least practised), then the lowest mean recall
//      over its tried problems (weakest), then the name. Within it: Easy before
//      Medium before Hard, then the LeetCode id, then the slug.
//   3. Otherwise (every problem tried, none due) the card with the lowest recall:
//      an early review. Ties as in 1.
//
// Only problems in the catalog are picked; cards of problems no longer in the
// catalog are ignored.
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
  int reviews_due = 0;       // how many were due on d in all
  std::string why;           // one line: why this problem today
};

std::string_view to_string(Pick::Kind k);  // "review", "new", "early-review"

// nullopt only when the catalog is empty.
std::optional<Pick> pick_daily(const std::vector<Record>& records, const judge::Catalog& catalog,
                               Day date);

}  // namespace kata::practice
