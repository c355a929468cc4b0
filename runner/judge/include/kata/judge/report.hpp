// Showing results: readable text for a terminal (colour when it is one), and JSON.
#pragma once

#include <cstdio>

#include <kata/judge/judge.hpp>

namespace kata::judge {

// --color on every verb: always, never, or auto (the default).
enum class ColorMode { automatic, always, never };

struct Style {
  bool color = false;
  // automatic: colour only on a terminal, never with NO_COLOR set or TERM=dumb.
  static Style detect(std::FILE* out, ColorMode mode = ColorMode::automatic);
  std::string paint(std::string_view text, std::string_view ansi) const;
  std::string verdict(Verdict v) const;  // "AC" in green, the rest in red/yellow
};

// Text that came from an attempt (an exception's what(), its output), safe to print
// on one line: invalid UTF-8 becomes U+FFFD, and control characters (newlines,
// terminal escapes) become visible escapes ("\n", "\x1b"), so it can neither draw
// lines of its own nor change the terminal. Cut to `limit` bytes with "...".
std::string printable(std::string_view text, std::size_t limit = 2000);

// A duration in the unit that fits it: "37 µs", "1.24 ms", "512 ms", "1.04 s"
// (three significant digits from a millisecond up); "0 µs" only for a time that is
// really zero, "<1 µs" below a microsecond.
std::string format_duration(double ms);

// How much of a failed run print_result() shows.
enum class Detail {
  every_case,     // every case's line, and each failure in full
  first_failure,  // as LeetCode shows a failed submission: the first failing case in
                  // full, then one line for each other failing case
};

// Per case: verdict, time and name; for each failure the input, the expected and
// the actual answer and where they differ; then one summary line, its verdict
// followed by `qualifier` when there is one ("AC (not sanitized)"). An accepted
// run shows every case's line whatever the detail.
void print_result(std::FILE* out, const ProblemResult& r, const Style& style, Detail detail,
                  std::string_view qualifier = {});
void print_result(std::FILE* out, const ProblemResult& r, const Style& style,
                  std::string_view qualifier = {});

// {"problem", "verdict", "passed", "total", "cases": [{"name", "verdict", "time_ms",
//  "expected", "got", "message"}]}
Json to_json(const ProblemResult& r);

}  // namespace kata::judge
