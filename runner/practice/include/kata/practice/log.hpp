// The practice log: every start and every judged attempt, one JSON object a line.
//
// The file is append-only (JSON Lines, schema in notes/README.md). append() opens
// it with O_APPEND and writes each record with a single write(2) of one whole
// line, so records from processes writing at once never interleave (POSIX makes
// each O_APPEND write land at the end atomically for regular files), then fsyncs.
// A record always starts a line of its own: when the file does not end with a
// newline (a torn write), append() writes one first.
// read_log() never rewrites the file: a torn or corrupt line is reported with its
// line number and skipped, and a whole record after a torn one on the same line
// (what writers before the newline rule left) is recovered. Every field is checked
// (types, known verdict and difficulty, 0 <= passed <= total, AC passed them all, a
// real date): a hand edit that breaks one is named like a torn line.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kata/judge/verdict.hpp>

namespace kata::judge {
struct Catalog;
struct ProblemMeta;
struct ProblemResult;
}  // namespace kata::judge

namespace kata::practice {

// What a record says happened; in the file, the word to_string() gives.
enum class Event {
  start,    // "start": kata start wrote the stub
  attempt,  // "attempt": an attempt was judged
  hint,     // "hint": kata hint showed one more rung
  reveal,   // "revealed": kata solution showed the reference
  drill,    // "drill": kata drill asked for the problem's pattern
  interview,  // "interview": a mock interview started or ended with this problem in it
  bench,      // "bench": kata bench fitted how a solution's time grows
};
std::string_view to_string(Event e);
std::optional<Event> event_from_string(std::string_view word);

struct Record {
  Event event = Event::attempt;
  std::string time;     // local time with its UTC offset, ISO 8601: 2026-11-28T09:15:02+08:00
  std::string problem;  // slug
  std::string pattern;
  std::string difficulty;  // Easy | Medium | Hard
  // attempts only
  judge::Verdict verdict = judge::Verdict::ERR;
  int passed = 0;
  int total = 0;
  std::optional<double> seconds;  // since the last `kata start` of this problem, if any
  std::string hash;               // of the attempt's source, to tell attempts apart
  std::string file;               // the attempt's path
  // hints only
  int rung = 0;  // which rung of the problem's hint ladder was shown, from 1
  // drills only
  std::string answer;  // the pattern the practiser named ("" when none was recognised)
  bool right = false;  // it was the problem's pattern
  // interviews only (interview.hpp)
  std::string interview;  // which one: the time it started, the same in all its records
  bool ended = false;     // false: it started (with `minutes` to go); true: it ended
  int minutes = 0;
  // benches only: the classes as growth.hpp names them ("n log n"); "" when
  // kata could not tell, or the problem states no one-variable cost
  std::string fitted;     // the attempt's (the reference's, for `--reference`)
  std::string stated;     // the problem's stated cost
  bool reference = false;  // the reference was benched, not an attempt
  int line = 0;  // where read_log found it (0: not read from a file)
};

// $KATA_LOG if set, else <home>/notes/practice-log.jsonl.
std::filesystem::path default_log_path(const std::filesystem::path& home);

// Appends one record as one line with one write. Creates the file (and its folder)
// if needed. Throws std::runtime_error naming the file when it cannot.
void append(const std::filesystem::path& log, const Record& r);

struct LogRead {
  std::vector<Record> records;        // in file order
  std::vector<std::string> problems;  // "file:line: why" for each skipped line
  std::string unreadable;             // why the file could not be read at all (a folder...)
};

// What `kata start` and `kata test` write, stamped now: a "start" of the problem, and
// an "attempt" with the result's verdict and counts, the attempt's hash and path as
// shown, and the seconds since the problem's latest start in the log. Both append();
// they throw as it does.
void record_start(const std::filesystem::path& log, const judge::ProblemMeta& meta);
void record_attempt(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                    const judge::ProblemResult& result, std::string hash, std::string file);
// A record of the event for the problem, stamped now (now_local_iso()).
Record new_record(Event event, const judge::ProblemMeta& meta);
// What `kata hint` and `kata solution` write: the rung shown, the reference revealed.
void record_hint(const std::filesystem::path& log, const judge::ProblemMeta& meta, int rung);
void record_reveal(const std::filesystem::path& log, const judge::ProblemMeta& meta);
// What `kata drill` writes for each question: the pattern named, and whether it was right.
void record_drill(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                  const std::string& answer, bool right);
// What `kata bench` writes: the class fitted ("" when it could not tell) and the stated one.
void record_bench(const std::filesystem::path& log, const judge::ProblemMeta& meta,
                  const std::string& fitted, const std::string& stated, bool reference);

// Reads every well-formed record; a missing file is an empty log, a folder or an
// unreadable file sets `unreadable`. With a catalog, a record of a problem the
// catalog does not have (a typo, a hand edit) is skipped and named like a torn line.
LogRead read_log(const std::filesystem::path& log, const judge::Catalog* catalog = nullptr);

// The current local time as Record::time wants it: now, or $KATA_NOW when that is
// set to such a time (tests of what depends on the clock: interviews).
std::string now_local_iso();

// Seconds since the epoch for a Record::time, or nullopt if malformed.
std::optional<std::int64_t> parse_time(const std::string& iso);

// How long the practiser worked on `slug` up to `now` (a Record::time): seconds since
// the latest "start" record of that problem, if there is one and both times parse.
std::optional<double> seconds_since_start(const std::vector<Record>& records,
                                          const std::string& slug, const std::string& now);

// The records, newest first by their instant (parse_time); records of the same
// instant in reverse file order.
std::vector<const Record*> newest_first(const std::vector<Record>& records);

std::string to_json_line(const Record& r);  // without the newline
std::optional<Record> from_json_line(const std::string& line, std::string& why);

}  // namespace kata::practice
