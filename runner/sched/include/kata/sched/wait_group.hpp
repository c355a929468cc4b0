// WaitGroup: wait for a collection of tasks to finish (Go's sync.WaitGroup).
#pragma once

#include <atomic>
#include <coroutine>
#include <cstdint>
#include <stdexcept>  // std::logic_error

#include <kata/sched/runtime.hpp>

namespace kata::sched {

// done() is one atomic decrement; only the decrement to zero touches the
// waiter list, with one exchange that is also its last access to *this, so a
// waiter may destroy the WaitGroup as soon as wait() returns.
//
// waiters_ is kReleased (no wait pending: counter was zero when last looked
// at, or the waiters were released), or the top of a Treiber stack of waiting
// tasks (0 when empty). Invariant: waiters_ != kReleased => counter_ > 0 or a
// done() is about to release.
//
// As in Go, add() with a positive delta while the counter is zero must happen
// before wait(); reuse starts after the previous wait() returned.
class WaitGroup {
 public:
  WaitGroup() = default;
  WaitGroup(const WaitGroup&) = delete;
  WaitGroup& operator=(const WaitGroup&) = delete;

  void add(long n) {
    long old = counter_.fetch_add(n, std::memory_order_acq_rel);  // acq_rel, pairs with other add()/done() calls
    long now = old + n;
    if (now < 0) throw std::logic_error("kata::sched::WaitGroup: negative counter");
    if (old == 0 && n > 0) waiters_.store(kEmpty, std::memory_order_relaxed);  // re-arm: before any wait() by contract
    if (now == 0 && n < 0) release();
  }
  void done() { add(-1); }

  struct Waiter {
    Waiter* next = nullptr;
    std::coroutine_handle<> h;
    detail::Runtime* rt = nullptr;
  };

  class WaitAwaiter {
   public:
    explicit WaitAwaiter(WaitGroup* wg) : wg_(wg) {}
    bool await_ready() const noexcept {
      return wg_->waiters_.load(std::memory_order_acquire) == kReleased;  // pairs with release()'s exchange
    }
    bool await_suspend(std::coroutine_handle<> h) noexcept {
      node_.h = h;
      node_.rt = detail::t_rt;
      std::uintptr_t top = wg_->waiters_.load(std::memory_order_acquire);
      for (;;) {
        if (top == kReleased) return false;  // released meanwhile: go on
        node_.next = reinterpret_cast<Waiter*>(top);
        if (wg_->waiters_.compare_exchange_weak(top, reinterpret_cast<std::uintptr_t>(&node_),
                                                std::memory_order_release,    // publishes node_, pairs with release()'s exchange
                                                std::memory_order_acquire)) {
          return true;  // parked: nothing may touch the frame now
        }
      }
    }
    void await_resume() const noexcept {}

   private:
    WaitGroup* wg_;
    Waiter node_;
  };

  // co_await wg.wait(): resumes when the counter is zero.
  WaitAwaiter wait() { return WaitAwaiter(this); }

 private:
  static constexpr std::uintptr_t kEmpty = 0;
  static constexpr std::uintptr_t kReleased = 1;

  void release() {
    std::uintptr_t top = waiters_.exchange(kReleased, std::memory_order_acq_rel);  // acq_rel: takes the stack; the last touch of *this
    auto* w = reinterpret_cast<Waiter*>(top);
    while (w != nullptr) {
      Waiter* next = w->next;  // read before the waiter may run
      std::coroutine_handle<> h = w->h;
      detail::Runtime* rt = w->rt;
      if (rt != nullptr) {
        rt->ready(h);
      } else {
        h.resume();
      }
      w = next;
    }
  }

  // The counter gets a cache line of its own even when the WaitGroup lives in
  // a frame whose other locals its owner keeps writing (a spawning loop's
  // index): with at most 16-byte alignment, 48 bytes each side suffice.
  // Without them each done() on another core and each write of that index
  // moved the line between cores: sched_bench spawn went from 125-130 ns per
  // task to 37-64 ns with the padding.
  [[maybe_unused]] char pad_before_[48];
  std::atomic<long> counter_{0};
  std::atomic<std::uintptr_t> waiters_{kReleased};
  [[maybe_unused]] char pad_after_[48];
};

}  // namespace kata::sched
