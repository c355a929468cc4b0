// A test-and-test-and-set lock for critical sections of a few dozen instructions.
#pragma once

#include <atomic>
#include <thread>  // std::this_thread::yield

namespace kata::sched::detail {

inline void cpu_relax() noexcept {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
}

// Why not std::mutex: unlock() must be a single store. A task that enqueues
// itself on a channel and unlocks may be resumed, finish, and free the channel
// on another thread at once; an unlock that touches the lock after releasing
// it (a futex wake) would then touch freed memory.
//
// Contention: a waiter that finds the lock taken stays away for kFirstBackoff
// pauses, then twice as long each time up to kMaxBackoff (exponential backoff,
// Anderson, IEEE TPDS 1990). Each look by a waiter pulls the cache line to its
// core and makes the holder's next lock or unlock pay a transfer between cores;
// with two cores hammering one channel and a short first backoff, ownership
// changes hands on almost every operation. Staying away lets the holder's
// core run a burst of operations on a line it keeps. Measured with
// `sched_bench --only mpmc` on two cores (4 producers, 4 consumers, one
// channel): first backoff 1 pause 60-71 ns per message, 16: 58, 64: 48,
// 128: 37-41, 256: 33. After kYieldAfter pauses in all the waiter yields its
// thread, so a holder preempted by the OS still gets the CPU.
class SpinLock {
 public:
  static constexpr unsigned kFirstBackoff = 128;  // pauses; a pause is 10-140 cycles (about 20 ns here)
  static constexpr unsigned kMaxBackoff = 1024;
  static constexpr unsigned kYieldAfter = 8192;

  void lock() noexcept {
    unsigned backoff = kFirstBackoff;
    unsigned waited = 0;
    for (;;) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;  // acquire, pairs with unlock()
      do {
        if (waited >= kYieldAfter) {
          std::this_thread::yield();
          continue;
        }
        for (unsigned i = 0; i < backoff; ++i) cpu_relax();
        waited += backoff;
        if (backoff < kMaxBackoff) backoff *= 2;
      } while (locked_.load(std::memory_order_relaxed));
    }
  }
  bool try_lock() noexcept {
    return !locked_.load(std::memory_order_relaxed) &&
           !locked_.exchange(true, std::memory_order_acquire);  // acquire, pairs with unlock()
  }
  // Whether anyone holds it (for the checks of `_locked` functions: check.hpp).
  bool is_locked() const noexcept { return locked_.load(std::memory_order_relaxed); }
  // The last access to *this: nothing may follow the store.
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }  // release, pairs with lock()

 private:
  std::atomic<bool> locked_{false};
};

}  // namespace kata::sched::detail
