// The per-P local run queue: a bounded FIFO ring, one producer, many consumers.
#pragma once

#include <atomic>
#include <cstdint>

#include <kata/sched/check.hpp>

namespace kata::sched::detail {

// Go's runq (src/runtime/proc.go: runqput, runqget, runqgrab), not a
// Chase-Lev deque (Lê, Pop, Cohen, Zappa Nardelli, "Correct and Efficient
// Work-Stealing for Weak Memory Models", PPoPP 2013): Chase-Lev pops the
// owner's end LIFO, which starves the oldest task of a P that keeps yielding,
// and it grows without bound. Here the owner pushes at the tail, and the owner
// and the thieves all take from the head with a CAS, so the order is FIFO and
// a full ring overflows half of itself to the global queue instead of growing.
//
// Invariants: 0 <= tail - head <= kCapacity (unsigned arithmetic, wraps);
// slots [head, tail) hold items; only the owner writes tail and the slots.
class RunQueue {
 public:
  static constexpr std::uint32_t kCapacity = 256;

  // Executed only by the owner P. False when full. `publish` is release, or
  // seq_cst when the push is step 1 of the wake protocol (see sched.hpp).
  bool push(void* g, std::memory_order publish) noexcept {
    std::uint32_t h = head_.load(std::memory_order_acquire);  // load-acquire, pairs with consumers' CAS: slots below head are free
    std::uint32_t t = tail_.load(std::memory_order_relaxed);  // only the owner writes tail
    if (t - h >= kCapacity) return false;
    buf_[t % kCapacity].store(g, std::memory_order_relaxed);
    tail_.store(t + 1, publish);  // store-release, makes the item available for consumption
    KATA_SCHED_CHECK(t + 1 - h <= kCapacity, "ring: 0 <= tail - head <= 256");
    return true;
  }

  // Executed only by the owner P, whose queue has room for n more items
  // (it has just found it empty). One publication for the whole batch.
  void push_batch(void* const* gs, std::uint32_t n) noexcept {
    std::uint32_t t = tail_.load(std::memory_order_relaxed);
    KATA_SCHED_CHECK(t - head_.load(std::memory_order_relaxed) + n <= kCapacity,
                     "ring: a batch fits (0 <= tail - head <= 256)");
    for (std::uint32_t i = 0; i < n; ++i) buf_[(t + i) % kCapacity].store(gs[i], std::memory_order_relaxed);
    tail_.store(t + n, std::memory_order_release);  // store-release, makes the batch available for consumption
  }

  // Executed only by the owner P. Takes the oldest item.
  void* pop() noexcept {
    std::uint32_t h = head_.load(std::memory_order_acquire);  // load-acquire, pairs with other consumers' CAS
    for (;;) {
      std::uint32_t t = tail_.load(std::memory_order_relaxed);
      if (h == t) return nullptr;
      KATA_SCHED_CHECK(t - h <= kCapacity, "ring: 0 <= tail - head <= 256");
      void* g = buf_[h % kCapacity].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + 1, std::memory_order_release,  // cas-release, commits the consumption
                                      std::memory_order_acquire)) {
        return g;
      }
    }
  }

  // Any thread. Takes half (rounded up) of the items into out[0..n), n <= kCapacity / 2.
  std::uint32_t grab(void** out) noexcept {
    for (;;) {
      std::uint32_t h = head_.load(std::memory_order_acquire);  // load-acquire, pairs with other consumers' CAS
      std::uint32_t t = tail_.load(std::memory_order_acquire);  // load-acquire, pairs with the owner's publishing store
      std::uint32_t n = t - h;
      n -= n / 2;
      if (n == 0) return 0;
      if (n > kCapacity / 2) continue;  // h and t read at different times; read again
      for (std::uint32_t i = 0; i < n; ++i) out[i] = buf_[(h + i) % kCapacity].load(std::memory_order_relaxed);
      if (head_.compare_exchange_weak(h, h + n, std::memory_order_release,  // cas-release, commits the consumption
                                      std::memory_order_relaxed)) {
        return n;
      }
    }
  }

  // Executed only by the owner P when push() failed: takes exactly half of a
  // full ring into out. Zero if a thief got there first (then push again).
  std::uint32_t take_half_of_full(void** out) noexcept {
    std::uint32_t h = head_.load(std::memory_order_acquire);  // load-acquire, pairs with consumers' CAS
    std::uint32_t t = tail_.load(std::memory_order_relaxed);
    std::uint32_t n = (t - h) / 2;
    if (n != kCapacity / 2) return 0;
    for (std::uint32_t i = 0; i < n; ++i) out[i] = buf_[(h + i) % kCapacity].load(std::memory_order_relaxed);
    if (!head_.compare_exchange_strong(h, h + n, std::memory_order_release,  // cas-release, commits the consumption
                                       std::memory_order_relaxed)) {
      return 0;
    }
    return n;
  }

  // Executed only by the owner P: the item pop() would return next, or null.
  // A hint only (a thief may take it first): for prefetching its frame.
  void* peek() const noexcept {
    std::uint32_t h = head_.load(std::memory_order_relaxed);
    if (h == tail_.load(std::memory_order_relaxed)) return nullptr;
    return buf_[h % kCapacity].load(std::memory_order_relaxed);
  }

  // Any thread; seq_cst so that it is step 3 of the park protocol (see sched.hpp).
  bool empty() const noexcept {
    return head_.load(std::memory_order_seq_cst) == tail_.load(std::memory_order_seq_cst);
  }

 private:
  alignas(64) std::atomic<std::uint32_t> head_{0};  // consumers (owner and thieves) CAS it
  alignas(64) std::atomic<std::uint32_t> tail_{0};  // written by the owner only
  std::atomic<void*> buf_[kCapacity] = {};
};

}  // namespace kata::sched::detail
