// Judging: one case gives one verdict, a list of cases gives a problem's result.
//
// judge_case() runs a solution on one case in the calling thread and never throws:
// an input that does not fit is ERR, an exception from the solution is RE, a
// result over the time limit is TLE, a wrong one WA with the first difference.
// judge_cases() runs a problem's cases one at a time on the run engine (run.hpp,
// one processor): the engine that `kata run` uses is the one place that enforces
// time limits in-process. A case that does not return within its limit is TLE,
// its thread is abandoned (never joined) and the next case runs on another.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <kata/judge/invoke.hpp>
#include <kata/judge/compare.hpp>
#include <kata/judge/problem.hpp>
#include <kata/judge/registry.hpp>
#include <kata/judge/verdict.hpp>

namespace kata::judge {


struct CaseResult {
  std::string name;
  Verdict verdict = Verdict::AC;
  double time_ms = 0;
  Json input;  // failures only (null for AC): what to show beside the diff
  std::optional<Json> expected;
  std::optional<Json> got;
  std::string message;  // WA: where the answers differ; RE: what(); ERR/TLE: why
  // WA of a concurrency kata: the answer is the harness's own account of the run
  // that went wrong (the rule it broke, its log, its seed), shown whole as "why",
  // with no diff (`message` is empty). Never without `got`: whatever drops the answer
  // (a sanitizer's RE, attempt.cpp) drops this too.
  bool got_explains = false;
  std::string file;     // where the case was written
  int line = 0;
  bool abandoned = false;  // TLE whose call could not be stopped: its thread was left running
  // What the attempt printed (stdout and stderr) while this case ran, as written
  // (escape it to show it: report.hpp's printable); attempts only.
  std::string output;
  bool output_cut = false;  // it printed more than kata kept
};

struct ProblemResult {
  std::string problem;  // slug
  Verdict verdict = Verdict::AC;  // the first case's verdict that is not AC, as LeetCode reports
  int passed = 0;
  int total = 0;
  std::vector<CaseResult> cases;
};

#ifndef KATA_TIME_SCALE
#define KATA_TIME_SCALE 1  // sanitizer builds run code several times slower: they set 4
#endif

// A problem's time limit in this build.
inline int scaled_limit_ms(int limit_ms) { return limit_ms * KATA_TIME_SCALE; }

// How long to wait for a case before giving up on it. The TLE verdict itself
// compares the time measured inside the solution's call with the limit; this
// wall-clock deadline only catches calls that never return, so it leaves room for
// decoding, encoding and comparing huge inputs on a loaded machine.
inline std::chrono::milliseconds watchdog_deadline(int limit_ms) {
  return std::chrono::milliseconds(2 * static_cast<long long>(limit_ms) + 500);
}

// What to ask a solution for: the answer argument of a void method, then the
// arguments that must come back unmodified.
CallOptions call_options(const ProblemMeta& meta);

// Which answers a CaseResult keeps: a failure always has its input, expected and
// got; a passing case has expected and got only when they are kept (`kata test
// --json` shows them; `kata run` without --json does not, and frees them at once).
enum class Answers { kept, failures_only };

// Judges one case in the calling thread. Never throws.
CaseResult judge_case(const ProblemMeta& meta, const Case& c, const Invoker& solve,
                      const Checker& checker, int time_limit_ms, Answers answers = Answers::kept);

// Judges a generated case with the very solution that defines its expected
// answer (the reference, in `kata run`): one call instead of one to answer the
// case and one to judge it. Its answer becomes the expected one; the time limit,
// the untouched inputs and the checker apply as in judge_case, and there is
// nothing to compare. Never throws.
CaseResult judge_own_answer(const ProblemMeta& meta, const Case& c, const Invoker& solve,
                            const Checker& checker, int time_limit_ms,
                            Answers answers = Answers::kept);

// Makes the input of a generated case with the problem's generator (nothing for
// a case from the file). A failure becomes the case's error.
void generate_input(Case& c, const Reference& ref);

// generate_input for each case, then the expected answer with the reference
// where the case has none.
void expand_generated(std::vector<Case>& cases, const ProblemMeta& meta, const Reference& ref);

struct RunOptions {
  std::optional<int> time_limit_ms;  // overrides problem.json's limit
};

ProblemResult judge_cases(const ProblemMeta& meta, const std::vector<Case>& cases,
                          const Invoker& solve, const Checker& checker, const RunOptions& opts);

// Sums up results into a ProblemResult (verdict, passed, total).
ProblemResult summarize(std::string problem, std::vector<CaseResult> cases);

// True when a thread still runs a case that exceeded its limit. The process must
// then end with std::_Exit after flushing its output: returning from main would
// destroy globals under that thread's feet.
bool threads_abandoned();
// Records threads another engine (the scheduler's blocking_for) left behind.
void note_abandoned_threads(std::size_t n);

}  // namespace kata::judge
