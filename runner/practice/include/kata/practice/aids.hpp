// Study aids: the hint ladder, the reference as `kata solution` shows it, and the
// earlier attempts `kata start` keeps (history) and `kata diff` compares.
//
// The hint ladder of a problem, one rung per `kata hint`, never all at once:
//   1..k   the problem's own hints (the numbered list under "## Hints" in its
//          README), in order;
//   k+1    the pattern: its name and when to reach for it (the first paragraph of
//          that section of the pattern's note);
//   k+2    the pattern's template: the first C++ block of its note (or, for a
//          note without one, its "The template" section).
// Each rung shown is a hint record in the log (Event::hint). The ladder starts
// over each day, as a session does (review.hpp): a review begins without hints,
// and the day's hints make that session "hard" at best.
//
// History: `kata start` on a problem whose attempt file already holds work moves
// that file to practice/history/SLUG/YYYY-MM-DDTHH-MM-SS.cpp (a new name, never
// an overwrite: a second move in the same second gets "-2", ...), then writes a
// fresh stub. An attempt's verdicts are found by the hash of its text, which the
// log's attempt records carry.
#pragma once

#include <filesystem>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/catalog.hpp>
#include <kata/practice/day.hpp>
#include <kata/practice/log.hpp>

namespace kata::practice {

struct Rung {
  std::string title;  // "Hint 2 of 3", "The pattern", "The pattern's template"
  std::string text;
  bool code = false;  // lines of code, to be shown as they are (not wrapped)
};

// The ladder for p; home is the checkout (patterns/ is under it).
std::vector<Rung> hint_ladder(const judge::Problem& p, const std::filesystem::path& home);

// How many rungs of `slug` the log shows were given on `day`.
int rungs_shown(const std::vector<Record>& records, const std::string& slug, Day day);

// The reference as `kata solution` shows it.
struct Reference {
  std::string source;          // solution.cpp as it is
  judge::Complexity cost;      // its // Time:, // Space: and // Invariant: lines
  std::filesystem::path note;  // the pattern's note (README.md), or its folder
};
Reference reference_of(const judge::Problem& p, const std::filesystem::path& home);

// One attempt file, current or kept, and what the log says of it.
struct PastAttempt {
  std::filesystem::path file;
  std::string saved;             // "2026-12-04 21:07:12" (from a kept file's name), "current"
  std::string hash;              // of its text, as record_attempt() stores it
  const Record* last = nullptr;  // the latest attempt record with that hash, if any
  bool accepted = false;         // some record with that hash is AC
};

// practice/history/SLUG under practice_dir.
std::filesystem::path history_dir(const std::filesystem::path& practice_dir,
                                  const std::string& slug);

// Moves `attempt` into the problem's history under a name of its own (the time
// given, "YYYY-MM-DDTHH-MM-SS", plus "-2", "-3", ... if taken) and returns where
// it went. Throws std::runtime_error naming the files when it cannot.
std::filesystem::path keep_in_history(const std::filesystem::path& attempt,
                                      const std::filesystem::path& history,
                                      const std::string& stamp);

// "2026-12-04T21:07:12+08:00" -> "2026-12-04T21-07-12": a stamp for a file name.
std::string file_stamp(const std::string& local_iso);

// The kept attempts, oldest first, then the current one when it exists. `hash_of`
// hashes a file's text as the log does.
std::vector<PastAttempt> past_attempts(
    const std::filesystem::path& attempt, const std::filesystem::path& history,
    const std::vector<Record>& records,
    const std::function<std::string(const std::filesystem::path&)>& hash_of);

// Blind practice: the problem without its pattern. The statement loses the
// pattern from its link line and its "## Hints" section (hints name the idea;
// `kata hint` gives them, and ends the blindness), and every word that names a
// technique (technique_words(): "binary search", "sliding window", "DP", ...;
// not the names of inputs, "matrix", "linked list", which a statement needs) is
// replaced by "(...)". It holds for a problem on a day until that day's AC, hint
// or revealed solution of it.
std::string blind_statement(const std::string& statement, const std::string& pattern);

// The statement's text after its title and its link line ("[LeetCode 35](...) ·
// ..." or, for kata's own problems, "kata's own problem ... · ..."); the whole
// statement when it has no link line.
std::string statement_body(const std::string& statement);
const std::vector<std::string>& technique_words();
bool still_blind(const std::vector<Record>& records, const std::string& slug, Day day);

// Drills: recognising the pattern from the statement alone. `kata drill N` asks N
// problems of N different patterns: patterns with a review due first, then those
// recognised worst in earlier drills (never drilled counts as half right), the
// rest in an order drawn from the seed; within a pattern a due problem, else one
// drawn from the seed. The questions come in an order drawn from the seed too, so
// the same log, day and seed ask the same problems in the same order.
std::vector<const judge::Problem*> drill_problems(const judge::Catalog& catalog,
                                                  const std::vector<Record>& records, Day day,
                                                  int n, std::uint64_t seed);

// Drills per pattern before `until`: {asked, named right}.
std::map<std::string, std::pair<int, int>> recognition(const std::vector<Record>& records,
                                                       Day until);

// The pattern an answer names: a pattern's name (any case, '-' or ' '), or its
// number in `patterns` (from 1). nullopt when it names none.
std::optional<std::string> named_pattern(const std::string& answer,
                                         const std::vector<std::string>& patterns);

// A file's whole text ("" when it cannot be read).
std::string file_text(const std::filesystem::path& file);

// A unified diff of two texts (3 lines of context), "" when they are equal.
std::string unified_diff(const std::string& old_text, const std::string& new_text,
                         const std::string& old_name, const std::string& new_name);

}  // namespace kata::practice
