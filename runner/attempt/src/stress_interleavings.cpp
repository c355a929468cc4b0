// kata stress for a concurrency problem: its cases, round after round, under ever
// new seeds (stress.hpp, "Concurrency problems have no brute force to race").
#include <kata/attempt/stress.hpp>

namespace kata::attempt {

InterleavingStressResult stress_interleavings(const ProblemMeta& meta,
                                              const std::filesystem::path& attempt,
                                              const std::vector<Case>& cases,
                                              const Checker& checker,
                                              const InterleavingStressOptions& opts) {
  using Clock = std::chrono::steady_clock;
  const auto end = Clock::now() + opts.budget;
  InterleavingStressResult out;
  AttemptOptions each = opts.attempt;
  for (std::uint64_t base = opts.first_base;; ++base) {
    // The runners are built in the first round; later rounds find them cached.
    each.interleave_base = base;
    each.sanitize = opts.attempt.sanitize && out.rounds % 4 == 0;
    AttemptResult a = judge_attempt(meta, attempt, cases, checker, each);
    ++out.rounds;
    if (a.sanitized) ++out.sanitized_rounds;
    out.last_base = base;
    if (a.result.verdict != judge::Verdict::AC) {
      out.failure = std::move(a);
      return out;
    }
    if (Clock::now() >= end) return out;
  }
}

}  // namespace kata::attempt
