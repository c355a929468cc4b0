// sleep_for: sleepers wake in deadline order and do not hold a processor.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

#include <kata/sched.hpp>

namespace ks = kata::sched;
using namespace std::chrono_literals;

namespace {

struct Log {
  std::mutex mu;
  std::vector<int> order;
  void add(int v) {
    std::lock_guard lk(mu);
    order.push_back(v);
  }
};

ks::Task<void> sleeper(int ms, Log* log) {
  co_await ks::sleep_for(std::chrono::milliseconds(ms));
  log->add(ms);
}

ks::Task<void> busy_while_others_sleep(Log* log, std::atomic<int>* ran) {
  for (int i = 0; i < 100; ++i) {
    ran->fetch_add(1);
    co_await ks::yield();
  }
  log->add(0);
}

}  // namespace

TEST_CASE("Sleepers wake in the order of their deadlines", "[timer]") {
  Log log;
  {
    ks::Scheduler s(1);
    s.spawn(sleeper(60, &log));
    s.spawn(sleeper(20, &log));
    s.spawn(sleeper(40, &log));
  }
  CHECK(log.order == std::vector<int>{20, 40, 60});
}

TEST_CASE("A sleeping task leaves its processor to others", "[timer]") {
  Log log;
  std::atomic<int> ran{0};
  {
    ks::Scheduler s(1);
    s.spawn(sleeper(50, &log));
    s.spawn(busy_while_others_sleep(&log, &ran));
  }
  CHECK(ran.load() == 100);
  CHECK(log.order == std::vector<int>{0, 50});
}

TEST_CASE("sleep_for of zero does not suspend", "[timer]") {
  Log log;
  {
    ks::Scheduler s(1);
    s.spawn(sleeper(0, &log));
  }
  CHECK(log.order == std::vector<int>{0});
}
