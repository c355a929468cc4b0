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
// it (a futex wake) would then touch freed memory. After spinning a while the
// waiter yields its thread, so a holder preempted by the OS still gets the CPU.
class SpinLock {
 public:
  void lock() noexcept {
    for (int spins = 0;;) {
      if (!locked_.exchange(true, std::memory_order_acquire)) return;  // acquire, pairs with unlock()
      while (locked_.load(std::memory_order_relaxed)) {
        if (++spins < 128) {
          cpu_relax();
        } else {
          std::this_thread::yield();
        }
      }
    }
  }
  bool try_lock() noexcept {
    return !locked_.load(std::memory_order_relaxed) &&
           !locked_.exchange(true, std::memory_order_acquire);  // acquire, pairs with unlock()
  }
  // The last access to *this: nothing may follow the store.
  void unlock() noexcept { locked_.store(false, std::memory_order_release); }  // release, pairs with lock()

 private:
  std::atomic<bool> locked_{false};
};

}  // namespace kata::sched::detail
