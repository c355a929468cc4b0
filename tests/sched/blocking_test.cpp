// blocking(), blocking_for() and stuck tasks: the rest of the queue keeps running.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include <kata/sched.hpp>

namespace ks = kata::sched;
using namespace std::chrono_literals;

namespace {

// Events in the order they happened.
struct Events {
  std::mutex mu;
  std::vector<int> order;
  void add(int v) {
    std::lock_guard lk(mu);
    order.push_back(v);
  }
  std::size_t index_of(int v) {
    std::lock_guard lk(mu);
    for (std::size_t i = 0; i < order.size(); ++i) {
      if (order[i] == v) return i;
    }
    return order.size();
  }
};

constexpr int kBlocker = -1;
constexpr int kSpinner = -2;
constexpr int kOthers = 1000;

// Frees a test that would otherwise hang; the order check then fails instead.
struct Watchdog {
  std::atomic<bool>* release;
  std::atomic<bool> stop{false};
  std::thread t;
  explicit Watchdog(std::atomic<bool>* r) : release(r) {
    t = std::thread([this] {
      for (int i = 0; i < 3000 && !stop.load(); ++i) std::this_thread::sleep_for(10ms);
      release->store(true);
    });
  }
  ~Watchdog() {
    stop.store(true);
    t.join();
  }
};

ks::Task<void> other(int i, Events* ev, std::atomic<int>* finished, std::atomic<bool>* release) {
  ev->add(i);
  if (finished->fetch_add(1) + 1 == kOthers) release->store(true);
  co_return;
}

ks::Task<void> blocker(Events* ev, std::atomic<bool>* entered, std::atomic<bool>* release) {
  co_await ks::blocking([=] {
    entered->store(true);
    while (!release->load()) std::this_thread::sleep_for(1ms);
  });
  ev->add(kBlocker);
}

ks::Task<void> spinner(Events* ev, std::atomic<bool>* entered, std::atomic<bool>* release) {
  entered->store(true);
  while (!release->load()) {
    // no checkpoint, no co_await: a task that holds its thread
  }
  ev->add(kSpinner);
  co_return;
}

void wait_until(const std::atomic<bool>& flag) {
  while (!flag.load()) std::this_thread::sleep_for(100us);
}

ks::Task<int> returns_value() { co_return co_await ks::blocking([] { return 6 * 7; }); }

ks::Task<int> propagates() {
  try {
    co_await ks::blocking([]() -> int { throw std::runtime_error("inside"); });
  } catch (const std::runtime_error&) {
    co_return 1;
  }
  co_return 0;
}

struct ForResults {
  std::atomic<int> completed{0};
  std::atomic<int> timed_out{0};
  std::atomic<int> wrong{0};
};

ks::Task<void> case_task(int i, int looping, std::atomic<bool>* stop, std::atomic<bool>* exited,
                         ForResults* r) {
  if (i == looping) {
    auto v = co_await ks::blocking_for(50ms, [stop, exited] {
      while (!stop->load()) {
        // a solution that never returns
      }
      exited->store(true);
      return -1;
    });
    (v ? r->wrong : r->timed_out).fetch_add(1);
  } else {
    auto v = co_await ks::blocking_for(10s, [i] {
      long s = 0;
      for (int k = 0; k <= i; ++k) s += k;
      return s;
    });
    (v && *v == static_cast<long>(i) * (i + 1) / 2 ? r->completed : r->wrong).fetch_add(1);
  }
}

ks::Task<int> blocking_for_throws() {
  try {
    co_await ks::blocking_for(1s, []() -> int { throw std::out_of_range("x"); });
  } catch (const std::out_of_range&) {
    co_return 1;
  }
  co_return 0;
}

ks::Task<int> blocking_for_void() {
  int x = 0;
  auto r = co_await ks::blocking_for(1s, [&x] { x = 5; });
  co_return r.has_value() && x == 5 ? 1 : 0;
}

}  // namespace

TEST_CASE("blocking returns f's value and rethrows its exception", "[blocking]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(returns_value()) == 42);
  CHECK(s.block_on(propagates()) == 1);
}

TEST_CASE("A task stuck in blocking() does not stop 1,000 others", "[blocking]") {
  auto processors = GENERATE(std::size_t{1}, std::size_t{2});
  INFO(processors << " processors");
  Events ev;
  std::atomic<bool> entered{false}, release{false};
  std::atomic<int> finished{0};
  {
    Watchdog dog(&release);
    ks::Scheduler s(processors);
    s.spawn(blocker(&ev, &entered, &release));
    wait_until(entered);
    for (int i = 0; i < kOthers; ++i) s.spawn(other(i, &ev, &finished, &release));
  }
  CHECK(finished.load() == kOthers);
  CHECK(ev.index_of(kBlocker) == kOthers);  // last, after all the others
}

TEST_CASE("A task that spins without checkpoints does not stop 1,000 others", "[blocking]") {
  auto processors = GENERATE(std::size_t{1}, std::size_t{2});
  INFO(processors << " processors");
  Events ev;
  std::atomic<bool> entered{false}, release{false};
  std::atomic<int> finished{0};
  {
    Watchdog dog(&release);
    ks::Scheduler s(processors);
    s.spawn(spinner(&ev, &entered, &release));
    wait_until(entered);
    for (int i = 0; i < kOthers; ++i) s.spawn(other(i, &ev, &finished, &release));
  }
  CHECK(finished.load() == kOthers);
  CHECK(ev.index_of(kSpinner) == kOthers);
}

TEST_CASE("A blocked task and a spinning task together do not stop 1,000 others", "[blocking]") {
  Events ev;
  std::atomic<bool> entered_b{false}, entered_s{false}, release{false};
  std::atomic<int> finished{0};
  {
    Watchdog dog(&release);
    ks::Scheduler s(2);
    s.spawn(blocker(&ev, &entered_b, &release));
    s.spawn(spinner(&ev, &entered_s, &release));
    wait_until(entered_b);
    wait_until(entered_s);
    for (int i = 0; i < kOthers; ++i) s.spawn(other(i, &ev, &finished, &release));
  }
  CHECK(finished.load() == kOthers);
  CHECK(ev.index_of(kBlocker) >= kOthers);
  CHECK(ev.index_of(kSpinner) >= kOthers);
}

TEST_CASE("blocking_for gives up on a case that never returns; the other 999 complete", "[blocking]") {
  std::atomic<bool> stop{false}, exited{false};
  ForResults r;
  {
    ks::Scheduler s(2);
    for (int i = 0; i < 1000; ++i) s.spawn(case_task(i, 500, &stop, &exited, &r));
  }  // returns although one thread is still looping
  CHECK(r.completed.load() == 999);
  CHECK(r.timed_out.load() == 1);
  CHECK(r.wrong.load() == 0);
  CHECK_FALSE(exited.load());
  stop.store(true);  // let the abandoned thread finish before the process ends
  while (!exited.load()) std::this_thread::sleep_for(1ms);
  std::this_thread::sleep_for(20ms);
}

TEST_CASE("blocking_for passes on f's exception and supports void", "[blocking]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(blocking_for_throws()) == 1);
  CHECK(s.block_on(blocking_for_void()) == 1);
}

TEST_CASE("Within blocking_grace a blocking call keeps its P; its deadline still hands it off",
          "[blocking]") {
  ks::SchedulerOptions options;
  options.processors = 1;
  options.blocking_grace = std::chrono::hours(1);
  SECTION("nothing else runs on the one P until the call returns") {
    Events ev;
    std::atomic<bool> entered{false}, release{false};
    std::atomic<int> finished{0};
    {
      ks::Scheduler s(options);
      s.spawn(blocker(&ev, &entered, &release));
      wait_until(entered);
      for (int i = 0; i < kOthers; ++i) s.spawn(other(i, &ev, &finished, &release));
      std::this_thread::sleep_for(50ms);  // many monitor rounds: none retakes the P
      CHECK(finished.load() == 0);
      release.store(true);
    }
    CHECK(finished.load() == kOthers);
    CHECK(ev.index_of(kBlocker) == 0);  // first, before all the others
  }
  SECTION("a call past its blocking_for deadline is given up, the rest complete") {
    std::atomic<bool> stop{false}, exited{false};
    ForResults r;
    {
      ks::Scheduler s(options);
      for (int i = 0; i < 200; ++i) s.spawn(case_task(i, 100, &stop, &exited, &r));
    }
    CHECK(r.completed.load() == 199);
    CHECK(r.timed_out.load() == 1);
    CHECK(r.wrong.load() == 0);
    stop.store(true);
    while (!exited.load()) std::this_thread::sleep_for(1ms);
    std::this_thread::sleep_for(20ms);
  }
}
