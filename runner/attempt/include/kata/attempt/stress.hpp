// Stress testing an attempt against the brute force, and shrinking what it gets wrong.
//
// Inputs come from the problem's generator in this process (kata::gen::Random: the
// same seed gives the same inputs on every machine); the expected answers from the
// brute force, also here; the attempt runs in its sandboxed child (attempt.hpp), in
// batches of inputs per child, built with the sanitizers unless StressOptions'
// attempt.sanitize is off: a sanitizer report is a failure like a wrong answer. Input k uses the seed mix(seed, k) and the size
// 1 + k mod problem.json's generator.small, so inputs start tiny.
//
// Shrinking, on the first input the attempt gets wrong (any verdict but AC), keeps
// the smallest still-failing input it finds, in two steps:
//   1. generator: fresh inputs at each smaller size, 24 seeds each, smallest size first;
//   2. JSON: delete a chunk (any size and place while an array has at most 16
//      elements, else halves, quarters, ...) of the top-level array arguments,
//      arrays of equal length together (parallel arrays stay parallel), never
//      below the shortest length the generator makes; for design problems delete
//      calls (never the constructor); repeat until nothing fails.
// A candidate counts only if the brute force accepts it (does not throw).
// Limits, deliberately: numbers and strings are never changed and nested arrays
// are never cut (a grid stays rectangular, an edge stays a pair), because the
// problem's constraints are not machine-readable. Deletion keeps order, distinctness
// and value ranges, but may break a constraint tying a number to a length (k <= n)
// or needing an element to exist (exactly one answer): such a shrunk input is still
// one the brute force answered, but may be outside the problem's constraints.
#pragma once

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
  std::uint64_t seed = 1;
  int iterations = 300;
  int batch = 100;                 // inputs per child process
  int shrink_evaluations = 3000;   // at most this many candidate inputs are judged
  AttemptOptions attempt;
};

struct StressResult {
  Build build;                     // !build.ok: a CE, nothing was run
  std::string error;               // the problem cannot be stress-tested (no generator...)
  int inputs_run = 0;
  std::optional<Case> original;    // the first failing input, as generated
  std::optional<Case> shrunk;      // the smallest failing input found (expected: the brute's)
  std::optional<CaseResult> verdict;  // the attempt on `shrunk`
  int shrink_rounds = 0;
  int candidates_judged = 0;
};

StressResult stress(const ProblemMeta& meta, const Reference& ref,
                    const std::filesystem::path& attempt, const StressOptions& opts);

// The seed of input k of a run with `seed`.
std::uint64_t stress_seed(std::uint64_t seed, int k);

// Appends `c` (name, input, expected) to a case file, creating it; the name is made
// unique within the file (base, base-2, ...). An input already in the file is not
// added twice: its existing name is returned. Throws std::runtime_error when the
// file exists but is not a case file.
std::string save_case(const std::filesystem::path& file, const Case& c);

}  // namespace kata::attempt
