// Scheduler: spawning, run-exactly-once, yield order, preemption at checkpoints.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>
#include <vector>

#include <kata/sched.hpp>

#include "scale.hpp"

namespace ks = kata::sched;
using namespace std::chrono_literals;

namespace {

ks::Task<void> mark(std::atomic<std::uint8_t>* slot, ks::WaitGroup* wg) {
  slot->fetch_add(1, std::memory_order_relaxed);
  wg->done();
  co_return;
}

ks::Task<void> spawn_all(std::atomic<std::uint8_t>* slots, std::size_t n, ks::WaitGroup* wg) {
  wg->add(static_cast<long>(n));
  for (std::size_t i = 0; i < n; ++i) ks::go(mark(&slots[i], wg));
  co_await wg->wait();
}

ks::Task<void> count_up(std::atomic<long>* c) {
  c->fetch_add(1, std::memory_order_relaxed);
  co_return;
}

ks::Task<void> yielder(char name, int n, std::vector<char>* log, std::atomic<int>* started) {
  started->fetch_add(1);
  for (int i = 0; i < n; ++i) {
    log->push_back(name);  // one P: no data race
    co_await ks::yield();
  }
}

ks::Task<void> start_pair(std::vector<char>* log, std::atomic<int>* started) {
  ks::go(yielder('a', 5, log, started));
  ks::go(yielder('b', 5, log, started));
  co_return;
}

std::uint64_t crunch(std::uint64_t x, int steps) {
  for (int i = 0; i < steps; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
  }
  return x;
}

// Runs until every one of `n` tasks has started, calling checkpoint() only.
ks::Task<void> wait_for_all(int n, std::atomic<int>* started, std::atomic<std::uint64_t>* sink) {
  started->fetch_add(1);
  std::uint64_t x = 88172645463325252ULL;
  while (started->load() < n) {
    x = crunch(x, 1000);
    co_await ks::checkpoint();
  }
  sink->fetch_add(x, std::memory_order_relaxed);
}

ks::Task<void> worker(std::atomic<long>* total, long target, long* mine, std::atomic<std::uint64_t>* sink) {
  std::uint64_t x = 88172645463325252ULL;
  while (total->load(std::memory_order_relaxed) < target) {
    x = crunch(x, 500);
    ++*mine;
    total->fetch_add(1, std::memory_order_relaxed);
    co_await ks::checkpoint();
  }
  sink->fetch_add(x, std::memory_order_relaxed);
}

}  // namespace

TEST_CASE("A million spawned tasks all run exactly once", "[scheduler]") {
  const std::size_t n = ks::test::scaled(1'000'000);
  auto slots = std::make_unique<std::atomic<std::uint8_t>[]>(n);
  for (std::size_t i = 0; i < n; ++i) slots[i].store(0);
  ks::WaitGroup wg;
  {
    ks::Scheduler s;
    s.block_on(spawn_all(slots.get(), n, &wg));
  }
  std::size_t once = 0;
  for (std::size_t i = 0; i < n; ++i) once += slots[i].load() == 1;
  CHECK(once == n);
}

TEST_CASE("Tasks spawned from plain threads all run before the destructor returns", "[scheduler]") {
  std::atomic<long> count{0};
  const long per_thread = static_cast<long>(ks::test::scaled(100'000));
  {
    ks::Scheduler s(2);
    std::vector<std::thread> threads;
    for (int t = 0; t < 3; ++t) {
      threads.emplace_back([&] {
        for (long i = 0; i < per_thread; ++i) s.spawn(count_up(&count));
      });
    }
    for (auto& t : threads) t.join();
  }  // ~Scheduler waits
  CHECK(count.load() == 3 * per_thread);
}

TEST_CASE("go outside a task throws", "[scheduler]") {
  CHECK_THROWS_AS(ks::go(count_up(nullptr)), std::logic_error);
}

TEST_CASE("Two tasks that yield on one processor alternate", "[scheduler]") {
  std::vector<char> log;
  std::atomic<int> started{0};
  {
    ks::Scheduler s(1);
    s.spawn(start_pair(&log, &started));
  }
  REQUIRE(log.size() == 10);
  for (std::size_t i = 1; i < log.size(); ++i) CHECK(log[i] != log[i - 1]);
  CHECK(std::count(log.begin(), log.end(), 'a') == 5);
}

TEST_CASE("checkpoint() lets other tasks run on a busy processor", "[scheduler]") {
  // Preemption alone (no stuck hand-off): three tasks that each wait, calling
  // only checkpoint(), until all three have started finish on one processor.
  ks::SchedulerOptions opt;
  opt.processors = 1;
  opt.stuck_after = std::chrono::hours(1);
  std::atomic<int> started{0};
  std::atomic<std::uint64_t> sink{0};
  {
    ks::Scheduler s(opt);
    for (int i = 0; i < 3; ++i) s.spawn(wait_for_all(3, &started, &sink));
  }
  CHECK(started.load() == 3);
}

TEST_CASE("Long-running tasks that call checkpoint() share the processors fairly", "[scheduler]") {
  ks::SchedulerOptions opt;
  opt.processors = 2;
  opt.stuck_after = std::chrono::hours(1);
  constexpr int kTasks = 4;
  long done[kTasks] = {};
  std::atomic<long> total{0};
  std::atomic<std::uint64_t> sink{0};
  // About 40 time slices of 10ms in all: every task gets several.
  const long target = 200'000;
  {
    ks::Scheduler s(opt);
    for (int i = 0; i < kTasks; ++i) s.spawn(worker(&total, target, &done[i], &sink));
  }
  long fair = target / kTasks;
  for (int i = 0; i < kTasks; ++i) {
    INFO("task " << i << " did " << done[i] << " of a fair " << fair);
    CHECK(done[i] >= fair / 4);
  }
}
