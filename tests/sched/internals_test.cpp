// Internal pieces with their own contracts: the global queue's ring, the
// frame pool, the spin lock under contention.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <set>
#include <thread>
#include <vector>

#include <kata/sched/frame_pool.hpp>
#include <kata/sched/spin_lock.hpp>
#include <kata/sched/task_ring.hpp>

namespace kd = kata::sched::detail;

namespace {
void* tag(std::uintptr_t i) {
  return reinterpret_cast<void*>(i);
}
}  // namespace

TEST_CASE("TaskRing is FIFO across wrap-around and growth", "[internals]") {
  kd::TaskRing r;
  CHECK(r.empty());
  std::uintptr_t next_in = 1, next_out = 1;
  // Interleave pushes and pops so the head wraps several times, then grow
  // while wrapped (more than the first capacity of 256 queued at once).
  for (int round = 0; round < 10; ++round) {
    for (int i = 0; i < 200; ++i) r.push_back(tag(next_in++));
    for (int i = 0; i < 150; ++i) REQUIRE(r.pop_front() == tag(next_out++));
  }
  REQUIRE(r.size() == 500);
  std::vector<void*> batch;
  for (int i = 0; i < 1000; ++i) batch.push_back(tag(next_in++));
  r.push_back(batch.data(), batch.size());
  REQUIRE(r.size() == 1500);
  while (!r.empty()) REQUIRE(r.pop_front() == tag(next_out++));
  CHECK(next_out == next_in);
}

TEST_CASE("FramePool blocks stay distinct and whole while another thread frees them",
          "[internals]") {
  // A thread allocates, another frees (the spawn pattern), many times over:
  // every live block is distinct and writable over its whole size.
  constexpr std::size_t kSize = 100;  // the 128-byte class
  constexpr int kRounds = 50, kPerRound = 1000;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<void*> blocks;
    for (int i = 0; i < kPerRound; ++i) {
      void* b = kd::FramePool::allocate(kSize);
      std::memset(b, i & 0xff, kSize);
      blocks.push_back(b);
    }
    REQUIRE(std::set<void*>(blocks.begin(), blocks.end()).size() == blocks.size());
    std::thread other([&] {
      for (void* b : blocks) kd::FramePool::deallocate(b, kSize);
    });
    other.join();
  }
  // Sizes beyond the pooled classes go to the heap and back.
  void* big = kd::FramePool::allocate(64 * 1024);
  std::memset(big, 1, 64 * 1024);
  kd::FramePool::deallocate(big, 64 * 1024);
}

TEST_CASE("SpinLock gives mutual exclusion under contention", "[internals]") {
  kd::SpinLock lock;
  long counter = 0;  // guarded by lock; TSan reports a race if the lock fails
  constexpr int kThreads = 4, kIters = 100000;
  std::vector<std::thread> ts;
  for (int t = 0; t < kThreads; ++t) {
    ts.emplace_back([&] {
      for (int i = 0; i < kIters; ++i) {
        lock.lock();
        ++counter;
        lock.unlock();
      }
    });
  }
  for (auto& t : ts) t.join();
  CHECK(counter == long{kThreads} * kIters);
}
