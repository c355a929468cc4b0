// P: the right to run tasks, with its local run queue. Internal.
#pragma once

#include <atomic>
#include <cstdint>

#include <kata/sched/run_queue.hpp>

namespace kata::sched::detail {

class Runtime;

// States of Processor::status, kept in its low two bits; the bits above
// count the P's trips into blocking(), so that a stale (state, seq) word can
// never win a CAS (the ABA problem of "retake the P of that blocking call").
enum PState : std::uint64_t { kIdle = 0, kRunning = 1, kBlocking = 2 };
constexpr std::uint64_t pstate(std::uint64_t word) { return word & 3; }

// Increment of a counter that only its owner writes and others only read.
inline void bump(std::atomic<std::uint32_t>& c) noexcept {
  c.store(c.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

struct Processor {
  RunQueue runq;

  // Written by the owner; the monitor may take the task out of it (exchange),
  // so the owner also exchanges or CASes. Thieves never take it.
  alignas(64) std::atomic<void*> runnext{nullptr};
  std::uint32_t runnext_streak = 0;           // owner only: tasks run from runnext in a row
  std::atomic<std::uint32_t> schedtick{0};    // owner writes (+1 per task run); the monitor reads
  std::atomic<std::uint32_t> progress{0};     // owner writes (+1 per task run or push); the monitor reads
  std::atomic<std::int64_t> spawned{0};       // owner writes; read under Runtime::mu_ when all Ps are idle
  std::atomic<std::int64_t> finished{0};      // idem
  std::uint64_t rng = 0;                      // owner only (xorshift64)

  alignas(64) std::atomic<std::uint64_t> status{kIdle};  // (blocking-trip seq << 2) | PState
  std::atomic<bool> preempt{false};   // monitor sets, the running task's checkpoint() clears
  std::atomic<bool> overtime{false};  // monitor sets when the running task is stuck; owner clears under mu_

  Runtime* rt = nullptr;
  std::uint32_t id = 0;

  std::uint64_t next_random() noexcept {
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
  }
};

}  // namespace kata::sched::detail
