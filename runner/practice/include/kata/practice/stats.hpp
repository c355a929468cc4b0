// Progress in numbers: per pattern, and the daily streak.
//
// Everything is computed as of one day (today, or --date): records from later
// days are ignored, so a past date shows the past as it was.
//
//   seen          problems with any record (a start or an attempt)
//   solved        problems with at least one AC
//   AC rate       AC attempts / judged attempts (ERR left out: the judge's fault)
//   time to AC    the median time to solve: over sessions (one problem, one local
//                 day) that reached AC, the `seconds` of the session's first AC, i.e.
//                 from the problem's `kata start` to its first accepted attempt. ACs
//                 after the first that day (tests re-run after solving) do not count.
//   due now       cards (review.hpp) due on or before the day
//   due this week cards due within the next 7 days, the day included
//   per list      for each study list (patterns/lists/): its length, how many of its
//                 problems kata has, and of those how many are seen, solved, due now
//   streak        a day counts when at least one attempt was judged that local
//                 day; the current streak ends today, or yesterday when today has
//                 none yet (the day is not over); the longest is the longest run.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/judge/json.hpp>
#include <kata/practice/review.hpp>

namespace kata::practice {

struct PatternStats {
  std::string pattern;
  int in_catalog = 0, seen = 0, solved = 0;
  int attempts = 0, accepted = 0;
  std::optional<double> median_seconds;  // time to AC, above
  int due_now = 0, due_week = 0;
  double mean_recall = 0;  // over this pattern's cards, on the day (0 without cards)
  int drills = 0, recognised = 0;  // kata drill: asked to name this pattern, and named right
  double ac_rate() const { return attempts ? static_cast<double>(accepted) / attempts : 0.0; }
};

struct ListStats {
  std::string name, title;
  int on_list = 0;     // problems on the list, kata's or not
  int in_catalog = 0;  // of those, the ones kata has
  int seen = 0, solved = 0, due_now = 0;
};

struct Streaks {
  int current = 0, longest = 0;
  std::optional<Day> longest_end;  // the last day of the longest run
  int active_days = 0;             // days with at least one judged attempt
};

// A problem whose last bench of an attempt read it as growing faster than the
// problem's stated cost (kata bench; review.hpp's slower_than_stated).
struct SlowerThanStated {
  std::string problem, fitted, stated;
};

struct Stats {
  Day day;
  std::vector<SlowerThanStated> slower;  // by slug
  std::vector<PatternStats> patterns;  // catalog order, then patterns known only from the log
  PatternStats total;                  // pattern "all"
  std::vector<ListStats> lists;        // the catalog's study lists, by name
  Streaks streaks;
};

// Judged attempts (ERR included: it was still a day of practice) per local day,
// up to and including `until`.
std::map<Day, int> attempts_per_day(const std::vector<Record>& records, Day until);
Streaks streaks(const std::map<Day, int>& per_day, Day today);

// Reviews falling due on each of the `days` days from `today`; cards already due
// (overdue) are counted on day 0. Future sessions are not simulated.
std::vector<int> review_forecast(const Reviews& reviews, Day today, int days = 30);

// Where the practiser stands on one problem as of a day.
struct Progress {
  bool seen = false;    // any record: a start or an attempt
  bool tried = false;   // a judged attempt (ERR aside)
  bool solved = false;  // an AC
  bool due = false;     // its review is due on or before the day
};
// By slug, for every problem with a record up to `today` (catalog problems only
// when the records were read with the catalog).
std::map<std::string, Progress> progress_by_problem(const std::vector<Record>& records,
                                                    const judge::Catalog& catalog, Day today);
// One problem's entry of that map: an empty Progress ("new") when it has none.
Progress progress_of(const std::map<std::string, Progress>& progress, const std::string& slug);

// Per record (same order): true for the first AC attempt of its session, the one
// whose `seconds` is the session's time to solve.
std::vector<bool> first_ac_of_session(const std::vector<Record>& records);

Stats compute_stats(const std::vector<Record>& records, const judge::Catalog& catalog, Day today);

// The JSON forms kata prints (built here, not in the verbs: nlohmann's templates
// cost seconds of compile time in every unit that instantiates them).
// kata stats --json: the day, per pattern and list, the slower-than-stated
// problems, the totals, the streak, and the log lines that were skipped (why each).
judge::Json stats_json(const Stats& s, const std::vector<std::string>& skipped_lines);
// "new", "started", "tried" or "solved".
std::string status_name(const Progress& p);
// kata list --json: {"problems": [{id, slug, title, pattern, difficulty, status,
// due}]}, for the problems of `patterns` (all of them when it is empty).
judge::Json problems_json(const judge::Catalog& catalog,
                          const std::map<std::string, Progress>& progress,
                          const std::vector<std::string>& patterns);
// kata list --list NAME --json: the list in its order, each entry with its section
// and, when kata has it, its slug, pattern, status and due (null otherwise).
judge::Json study_list_json(const judge::ProblemList& list, const judge::Catalog& catalog,
                            const std::map<std::string, Progress>& progress);

}  // namespace kata::practice
