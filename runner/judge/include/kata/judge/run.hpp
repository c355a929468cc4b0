// The run engine: many problems' cases judged in parallel on the scheduler.
//
// Input: workloads, each "a solution and its cases" (not tied to the reference
// registry: the same engine can judge attempts). Every case is one task on a
// kata::sched::Scheduler with `processors` Ps:
//
//   producer task                 case tasks (one per case)          collector (block_on)
//   -------------                 ------------------------           --------------------
//   for each case:                prepare the case (generated input)
//     window.send()               blocking_for(limit, judge_case)    while (auto e = co_await ch.recv())
//     wg.add(1); go(case task)    window.recv()                        record e, report progress
//   co_await wg.wait()            co_await ch.send(result)           // ch closed and drained: done
//   ch.close()                    wg.done()
//
// The window (a buffered channel used as a counting semaphore) bounds the case
// tasks in flight to 64 per processor, so memory does not grow with the run.
//
// A case task gives back its slot before it sends its result: both wake a
// task into runnext, and the collector, woken last, runs next, so progress is
// reported as cases finish (woken first, it would wait a window behind).
//
// Results flow through one channel to one collector. The producer side closes
// the channel once every case task has sent (the wait group says so), and the
// collector ends when recv() says closed-and-drained: no sentinel values, and
// nobody counts receivers.
//
// Time limits: each case runs inside sched::blocking_for(watchdog_deadline). A case
// that does not return in time is reported TLE; the scheduler's monitor hands
// its P to another thread and abandons the stuck thread, which never blocks the
// exit (the process must then end with std::_Exit: see threads_abandoned()).
// An exception thrown by a solution is an RE for that case only (judge_case).
//
// Order: the producer starts the cases that took longest last time first
// (RunConfig::costs, as ctest does with its cost data), so that the run does not
// end with one processor finishing a big case while the others idle. Cases with
// no past cost: generated ones (the maximum sizes) before those from the file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <kata/judge/judge.hpp>

namespace kata::judge {

// One problem's share of a run.
struct Workload {
  ProblemMeta meta;
  std::vector<Case> cases;
  Invoker solve;
  Checker checker;
  // Completes a case before it is judged (a generated case's input and expected
  // answer); runs inside the case's task, in parallel with the others. Optional.
  std::function<void(const ProblemMeta&, Case&)> prepare;
  // `solve` is the solution that defines the expected answers (the reference):
  // a prepared case left without one is judged by one call, whose answer is the
  // expected one (judge_own_answer), not by one call to answer and one to judge.
  bool solve_defines_answers = false;
  // Why this problem cannot run (broken metadata or case file): reported once,
  // its cases are not run, the others are.
  std::vector<LoadError> errors;
};

// Seconds each case took to prepare and judge, by case_key().
using CaseCosts = std::unordered_map<std::string, double>;
// "slug/case".
std::string case_key(const Workload& w, const Case& c);

struct RunConfig {
  std::size_t processors = std::max(1u, std::thread::hardware_concurrency());
  CaseCosts costs;  // from earlier runs: the costliest cases start first
  std::optional<int> time_limit_ms;  // overrides every problem.json's limit
  // Passing cases keep expected and got (for --json); otherwise only failures do,
  // and a maximum-size answer is freed as soon as its case passes.
  bool keep_passing_answers = true;
};

// One finished case, as the collector receives it.
struct CaseEvent {
  std::size_t workload = 0;
  std::size_t index = 0;  // the case's position in its workload
  CaseResult result;
  double seconds = 0;  // preparing and judging it, wall clock
};

struct RunProgress {
  std::size_t done = 0, total = 0, failed = 0;
  double elapsed_seconds = 0;
  // Estimated from the past costs of the cases still to come against those of
  // the cases done (the costliest start first, so counting cases would be far
  // off); negative when there are no past costs to go by.
  double seconds_left = -1;
};

struct RunReport {
  std::vector<ProblemResult> problems;  // aligned with the workloads; cases in file order
  std::size_t passed = 0, failed = 0;
  std::size_t broken = 0;     // workloads that could not run
  std::size_t abandoned = 0;  // TLE cases whose thread was left behind
  CaseCosts costs;            // every case run, for the next run's RunConfig::costs
  double wall_seconds = 0;
};

// Runs every case of every workload; calls on_result (from the collector, one
// call at a time) after each case. The workloads are shared with the case tasks
// (and with any thread a stuck case leaves behind), hence the shared_ptr.
RunReport run(std::shared_ptr<const std::vector<Workload>> workloads, const RunConfig& config,
              const std::function<void(const CaseEvent&, const RunProgress&)>& on_result = {});

// The costs file (JSON, {"slug/case": seconds}). Reading a missing or damaged
// file gives no costs: it is a cache, and the run only starts in a worse order.
CaseCosts read_costs(const std::filesystem::path& file);
// Writes `costs` over the file's (entries for cases not run now stay), through a
// temporary file and a rename. False if it could not.
bool write_costs(const std::filesystem::path& file, const CaseCosts& costs);

// The summary by pattern, the failures in full, and `N passed, N failed`.
struct PatternRow {
  std::string pattern;
  std::size_t problems = 0, cases = 0, passed = 0, failed = 0;
  double solve_ms = 0;
  std::string slowest_case;  // "slug/case"
  double slowest_ms = 0;
};
std::vector<PatternRow> summarize_by_pattern(const std::vector<Workload>& workloads,
                                             const RunReport& report);

// {"problems": [{problem, pattern, verdict, passed, total, time_ms, errors, cases}], "totals": {...}}
Json run_to_json(const std::vector<Workload>& workloads, const RunReport& report);

// JUnit XML: one <testsuite> per pattern, one <testcase> per case.
std::string run_to_junit(const std::vector<Workload>& workloads, const RunReport& report);

}  // namespace kata::judge
