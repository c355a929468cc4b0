// kata bench: how a solution's time grows with n, against the reference's, and
// against the cost the problem states.
//
// Sizes. The problem's generator makes inputs of any size up to its maximum
// (problem.json's "generator.max"; what `size` means is written at the top of
// each gen.cpp). The bench uses `sizes` of them, each about twice the one before
// and the last at the maximum; a maximum too small for that (an exponential
// problem, n <= 45) gets evenly spaced sizes instead. At each size it makes
// `repetitions` inputs (seeds from one run seed, so a run can be replayed) and
// answers them with the reference, as `kata test` does for a generated case.
//
// Timing. Each input's time is the CPU time of the solution's call, the clock
// `kata test` and `kata run` use: the attempt's in its sandboxed fast runner (one
// child per batch, so the sandbox's start is not in any call), the reference's
// in-process. Each input runs twice in a row in its batch and keeps the lesser time
// (the first call pays for cold caches). The run goes in rounds: the first goes
// size by size, input 1 of each; every later round takes the next input of every
// size in one batch. So a machine that gets busier or quieter part-way (a process
// on the other core, a busy sibling hyperthread: CPU time does not hide that)
// slows every size alike, and the medians keep the curve's shape instead of
// bending where the change fell (a bench that went size by size once read a
// quadratic attempt as "no class fits" when its largest size alone ran slowed).
// Attempt and reference take turns within a round (which goes first alternates),
// so such a change also slows both alike. A wrong answer or a crash at some size
// stops the attempt's bench there: a time is only worth fitting when the answer
// is right.
//
// Budget. A run should take about `max_seconds`. In the first round, before each
// size, the time of all its rounds is predicted from the last two sizes (their
// ratio, at least 2 when growing), and added to the later rounds of the sizes
// already admitted; an attempt whose next size would not fit in what is left
// stops there, and its fit uses what was measured, which the result says
// (`stopped_at`). The reference goes on through every size.
//
// The fit is growth.hpp's, on each solution's times. `stated` is the class of the
// cost problem.json states ("complexity"): its "time" when that is a cost in one
// variable, else its "growth", the same cost as the generator's size grows. What
// n is (a grid's side, its number of rows and columns, a word's length) is what
// the generator's size is, and the result says it, from gen.cpp's "// size:" line.
// A problem with two sizes grows both: the bench's inputs are made "full size"
// (gen.hpp's Random::extent puts every dimension a generator draws up to the
// size at the size), and its cost is compared through "growth" (Edit Distance:
// O(m * n), O(n^2) in n).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kata/attempt/attempt.hpp>
#include <kata/judge/growth.hpp>
#include <kata/judge/registry.hpp>

namespace kata::attempt {

struct BenchOptions {
  double max_seconds = 10;  // about how long the whole run may take
  int sizes = 8;
  int repetitions = 5;
  std::uint64_t seed = 1;  // the inputs' seeds derive from it
  AttemptOptions attempt;  // the fast runner's limits (sanitize is ignored: always off)
};

struct BenchSize {
  int n = 0;
  std::vector<double> attempt_seconds;  // empty when the attempt was not run at this size
  std::vector<double> reference_seconds;
};

struct BenchResult {
  std::vector<BenchSize> sizes;
  bool with_attempt = false;
  std::optional<judge::growth::Fit> attempt_fit, reference_fit;
  std::string n_means;      // what n is: the first sentence of gen.cpp's "// size:" comment
  std::string stated_text;    // problem.json's "complexity" "time", as written
  std::string stated_growth;  // its "growth" (empty when the time is in n alone)
  std::optional<judge::growth::Class> stated;  // its class, when it has one
  // Where the attempt stopped short of the largest size, and why ("over the time
  // budget", "WA at n = 512: expected 3, got 2", a CE's first error).
  std::optional<int> stopped_at;
  std::string stopped_why;
  bool compile_error = false;
  double seconds = 0;  // the run's wall time
};

// The sizes a bench uses for a generator whose maximum is `max`: ascending,
// distinct, at least 1, the last `max`.
std::vector<int> bench_sizes(int max, int count);

// Benches the reference, and the attempt when `attempt` is set. Throws
// std::runtime_error when the problem cannot be benched (no generator).
BenchResult bench(const judge::Problem& p, const judge::Reference& ref,
                  const std::optional<std::filesystem::path>& attempt, const BenchOptions& o);

// One sentence on the result: "Your attempt grows like n² (the reference like n);
// at n = 10000 it takes 3.1 s against 4 ms."
std::string bench_summary(const BenchResult& r);

// kata bench --json for problem `slug`: the sizes with both sides' times, both
// fits, the stated cost, where and why the bench stopped, the summary.
judge::Json bench_json(const BenchResult& r, const std::string& slug);

}  // namespace kata::attempt
