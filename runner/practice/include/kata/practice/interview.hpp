// Mock interviews: a few unseen problems against one clock.
//
// `kata interview` starts one: unseen problems (no record of them in the log)
// from the patterns the person is weakest at, the first a Medium, the next ones
// Medium or Hard, each of another pattern; their stubs are written and each gets
// a start record (the time to AC counts from it) and an interview record with
// the interview's id (its start time) and its minutes. While it runs, `kata test`
// on its problems says only how many cases passed, and hints and solutions are
// refused. It ends with `kata interview end`, or when its time is up, noticed at
// the next command that asks: an end record per problem. The report is computed
// from the log alone, so the same log gives the same report.
//
// Weakest pattern: the lowest mean recall over the problems tried (a pattern not
// tried counts 0), then the lowest share named right in drills, then the name;
// ties among problems are broken by the seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>
#include <kata/practice/review.hpp>

namespace kata::practice {

struct Interview {
  std::string id;                          // its start time (Record::time of its start records)
  std::int64_t started = 0, deadline = 0;  // seconds since the epoch
  int minutes = 0;
  std::vector<std::string> problems;  // slugs, in the order asked
  bool ended = false;
};

// Every interview in the log, oldest first.
std::vector<Interview> interviews(const std::vector<Record>& records);
// The one that has started and not ended (its time may be up), if any.
std::optional<Interview> open_interview(const std::vector<Record>& records);

// The problems for a new interview: `count` unseen ones of different patterns,
// from `list` when given (else the whole catalog). Fewer when not enough are left.
std::vector<const judge::Problem*> interview_problems(const judge::Catalog& catalog,
                                                      const std::vector<Record>& records, Day day,
                                                      int count, const judge::ProblemList* list,
                                                      std::uint64_t seed);

// One problem's line of the report: what happened between the start and the end.
struct InterviewRow {
  std::string slug, title, difficulty, pattern;
  int tries = 0;                        // judged attempts (CE included)
  std::optional<judge::Verdict> last;   // the last verdict, if any
  int passed = 0, total = 0;            // of the last attempt
  std::optional<double> seconds_to_ac;  // from the interview's start to the first AC
  std::optional<Rating> rating;         // the session it made (review.hpp)
  std::optional<Day> next_review;       // when it comes back
};
struct InterviewReport {
  Interview interview;
  std::vector<InterviewRow> rows;
  int solved = 0;
};
InterviewReport interview_report(const std::vector<Record>& records, const judge::Catalog& catalog,
                                 const Interview& interview);

// The records an interview leaves: one start (id, minutes) and one end per problem.
void record_interview_start(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                            const std::string& id, int minutes);
void record_interview_end(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                          const std::string& id);

// The report as text: a title line, then one line per problem.
std::string render_interview(const InterviewReport& report);

}  // namespace kata::practice
