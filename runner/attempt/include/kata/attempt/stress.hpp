// Stress testing an attempt against the brute force, and shrinking what it gets wrong.
//
// Inputs come from the problem's generator in this process (kata::gen::Random: the
// same seed gives the same inputs on every machine); the expected answers from the
// brute force, also here; the attempt runs in its sandboxed child (attempt.hpp), in
// batches of inputs per child, built with the sanitizers unless StressOptions'
// attempt.sanitize is off: a sanitizer report is a failure like a wrong answer.
//
// Seeds. Every input is made from a seed of its own (stress_seed), at a size that
// seed decides (stress_size: 1 + seed mod problem.json's generator.small). Input 0's
// seed is the run's seed itself, so any input's seed, given back as a run's seed,
// makes that same input first: the first failing input's seed (StressResult::
// failing_seed) replays the failure, and its shrinking, with `kata stress --seed`
// (as long as the attempt answers an input the same way each time, and the problem's
// generator and generator.small are unchanged).
// The other inputs' seeds are mixed from (seed, k) and chosen so that consecutive
// inputs cycle through the sizes: tiny inputs come early in every run.
//
// Shrinking, on the first input the attempt gets wrong (any verdict but AC), keeps
// the smallest still-failing input it finds:
//   1. generator: fresh inputs at each smaller size, 24 seeds each, smallest size first;
//   2. JSON deletions: delete a chunk (any size and place while an array has at most
//      16 elements, else halves, quarters, ...) of the top-level array arguments,
//      arrays of equal length together (parallel arrays stay parallel), never below
//      the shortest length the generator makes; for design problems delete calls
//      (never the constructor);
//   3. JSON values: move an integer value (every occurrence of it at once, at any
//      depth: an edge's ends, a call's arguments) toward 0, first all the way, then
//      half the way, a quarter, ..., one step; a value keeps its sign and its order
//      against every other integer of the input (it never reaches or passes its
//      neighbour in value).
//   Steps 2 and 3 alternate, each until it finds nothing, until neither does.
// A candidate counts only if the brute force accepts it (does not throw). The work
// is bounded by shrink_evaluations (candidates judged, counted from the first
// failure, so a replay shrinks exactly as the original run did).
// Limits, deliberately, because the problem's constraints are not machine-readable:
// strings and floating-point numbers are never changed and nested arrays are never
// cut (a grid stays rectangular, an edge stays a pair). What survives: deletion keeps
// order and distinctness; value moves keep equalities, order (sorted stays sorted,
// an index stays below a count given in the input, a target stays inside or outside
// the values) and signs (-1 for "none" stays -1, a positive count stays >= 1). What
// may not: a constraint tying a number to a length (k <= n) or needing an element or
// a sum to exist (exactly one answer), or a lower bound above 1 (2 <= x): such a
// shrunk input is still one the brute force answered, but may be outside the
// problem's constraints.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include <kata/attempt/attempt.hpp>
#include <kata/judge/registry.hpp>

namespace kata::attempt {

// The judge's vocabulary, named here without its namespace.
using judge::Case;
using judge::CaseResult;
using judge::ProblemMeta;
using judge::Reference;

struct StressOptions {
  std::uint64_t seed = 1;          // input 0's seed (see "Seeds"); kata stress picks random_seed()
  int iterations = 300;
  int batch = 100;                 // inputs per child process
  int shrink_evaluations = 3000;   // at most this many candidate inputs are judged shrinking
  AttemptOptions attempt;
};

struct StressResult {
  Build build;                     // !build.ok: a CE, nothing was run
  std::string error;               // the problem cannot be stress-tested (no generator...)
  // Inputs the attempt was judged on, up to and including the first that failed
  // (inputs the brute force refused are not counted).
  int inputs_run = 0;
  std::optional<Case> original;    // the first failing input, as generated
  std::uint64_t failing_seed = 0;  // its seed: a run with this seed starts with it
  // The smallest failing input found (expected: the brute's), named
  // "stress-seed-<failing_seed>": the run that finds it again.
  std::optional<Case> shrunk;
  std::optional<CaseResult> verdict;  // the attempt on `shrunk`
  int shrink_rounds = 0;           // smaller failing inputs found, one after another
  int candidates_judged = 0;       // by the shrinking
};

StressResult stress(const ProblemMeta& meta, const Reference& ref,
                    const std::filesystem::path& attempt, const StressOptions& opts);

// Seeds kata picks itself (random_seed, and every input's but the first) are below
// this: ten digits at most, to read and to type back.
constexpr std::uint64_t kSeedSpan = 10'000'000'000ULL;

// A seed for a run not given one: from std::random_device, mixed with the clock (a
// random_device may be deterministic), below kSeedSpan.
std::uint64_t random_seed();

// The seed of input k of a run with `seed`, for a generator with `sizes` small
// sizes (problem.json's generator.small): `seed` itself for k = 0, else mixed from
// (seed, k), below kSeedSpan, with stress_size(result) = 1 + (seed + k) mod sizes.
std::uint64_t stress_seed(std::uint64_t seed, int k, int sizes);

// The size the input with this seed is generated at: 1 + input_seed mod sizes.
int stress_size(std::uint64_t input_seed, int sizes);

// Appends `c` (name, input, expected) to a case file, creating it; the name is made
// unique within the file (base, base-2, ...). An input already in the file is not
// added twice: its existing name is returned. Throws std::runtime_error when the
// file exists but is not a case file.
std::string save_case(const std::filesystem::path& file, const Case& c);

// Concurrency problems have no brute force to race: their stress is the problem's
// own cases, judged again and again, each round with the perturbed runs' seeds moved
// by another base (AttemptOptions::interleave_base), until a round fails or the
// time is spent. Every fourth round, the first included, also runs under
// ThreadSanitizer. A failure names its run's seed, which `kata test SLUG --seed S`
// replays without the base.
struct InterleavingStressOptions {
  std::uint64_t first_base = 1;                // the first round's base; then +1 each
  std::chrono::seconds budget{60};             // no round starts after this
  AttemptOptions attempt;
};

struct InterleavingStressResult {
  int rounds = 0;                  // judged, the failing one included
  int sanitized_rounds = 0;        // of them, those also run under ThreadSanitizer
  std::uint64_t last_base = 0;     // the last round's base
  // The failing round's judging (CE included), or nullopt when every round passed.
  std::optional<AttemptResult> failure;
};

InterleavingStressResult stress_interleavings(const ProblemMeta& meta,
                                              const std::filesystem::path& attempt,
                                              const std::vector<Case>& cases,
                                              const Checker& checker,
                                              const InterleavingStressOptions& opts);

}  // namespace kata::attempt
