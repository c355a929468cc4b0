// Checks of the scheduler's invariants (sched.hpp, "Invariants") while it runs.
//
// KATA_SCHED_CHECK(cond, what) aborts with `what` and the place when cond is false.
// It is on when KATA_SCHED_CHECKS is 1, which the asan and tsan presets set (the
// builds CI runs the scheduler's tests in), and compiles to nothing otherwise:
// the release build pays nothing for it.
//
// Held is the proof a `_locked` function takes that its caller holds the lock: it
// is made only from a std::unique_lock, and the function checks that the lock is
// held and is the one it needs.
#pragma once

#include <mutex>

#ifndef KATA_SCHED_CHECKS
#define KATA_SCHED_CHECKS 0
#endif

namespace kata::sched::detail {

[[noreturn]] void check_failed(const char* what, const char* file, int line) noexcept;

class Held {
 public:
  explicit Held(const std::unique_lock<std::mutex>& lk) noexcept
      : mutex_(lk.owns_lock() ? lk.mutex() : nullptr) {}
  bool of(const std::mutex& m) const noexcept { return mutex_ == &m; }

 private:
  const std::mutex* mutex_;
};

}  // namespace kata::sched::detail

#if KATA_SCHED_CHECKS
#define KATA_SCHED_CHECK(cond, what) \
  ((cond) ? (void)0 : ::kata::sched::detail::check_failed(what, __FILE__, __LINE__))
#else
#define KATA_SCHED_CHECK(cond, what) ((void)sizeof((cond) ? 1 : 0))  // type-checked, never run
#endif
