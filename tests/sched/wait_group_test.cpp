// WaitGroup: waits for the counter to reach zero, may be reused, rejects a negative counter.
#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <stdexcept>

#include <kata/sched.hpp>

namespace ks = kata::sched;

namespace {

ks::Task<void> finish(ks::WaitGroup* wg, std::atomic<int>* done) {
  co_await ks::yield();
  done->fetch_add(1);
  wg->done();
}

ks::Task<int> rounds(int n, int per_round) {
  std::atomic<int> done{0};
  ks::WaitGroup wg;
  for (int r = 0; r < n; ++r) {
    wg.add(per_round);
    for (int i = 0; i < per_round; ++i) ks::go(finish(&wg, &done));
    co_await wg.wait();
    if (done.load() != (r + 1) * per_round) co_return -1;
  }
  co_return done.load();
}

ks::Task<int> nothing_to_wait_for() {
  ks::WaitGroup wg;
  co_await wg.wait();
  co_return 1;
}

// The waiter destroys the WaitGroup as soon as wait() returns; done() must not touch it afterwards.
ks::Task<void> short_lived(int k) {
  for (int i = 0; i < k; ++i) {
    auto wg = std::make_unique<ks::WaitGroup>();
    std::atomic<int> done{0};
    wg->add(2);
    ks::go(finish(wg.get(), &done));
    ks::go(finish(wg.get(), &done));
    co_await wg->wait();
  }
}

// Go's pattern: add(1) before each go, wait once at the end. A task's done()
// can bring the counter to zero just as the next add(1) raises it again; the
// wait must still see every task finish (it once returned early: the late
// done() released a wait that belonged to the next add).
ks::Task<void> finish_now(ks::WaitGroup* wg, std::atomic<int>* done) {
  done->fetch_add(1);
  wg->done();
  co_return;
}

ks::Task<int> add_as_you_go(int rounds, int per_round) {
  int wrong = 0;
  for (int r = 0; r < rounds; ++r) {
    std::atomic<int> done{0};
    auto wg = std::make_unique<ks::WaitGroup>();
    for (int i = 0; i < per_round; ++i) {
      wg->add(1);
      ks::go(finish_now(wg.get(), &done));
      if (i % 3 == 0) co_await ks::yield();  // lets the counter reach zero between adds
    }
    co_await wg->wait();
    if (done.load() != per_round) ++wrong;
  }
  co_return wrong;
}

}  // namespace

TEST_CASE("wait resumes once every task has called done", "[wait_group]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(rounds(20, 100)) == 2000);
}

TEST_CASE("wait on a zero counter does not suspend", "[wait_group]") {
  ks::Scheduler s(1);
  CHECK(s.block_on(nothing_to_wait_for()) == 1);
}

TEST_CASE("A WaitGroup may be destroyed as soon as wait returns", "[wait_group]") {
  ks::Scheduler s(2);
  s.block_on(short_lived(2000));
  SUCCEED();
}

TEST_CASE("Adds racing with a done() that reaches zero do not release the wait early",
          "[wait_group]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(add_as_you_go(3000, 8)) == 0);
}

TEST_CASE("A negative counter throws", "[wait_group]") {
  ks::WaitGroup wg;
  wg.add(1);
  wg.done();
  CHECK_THROWS_AS(wg.done(), std::logic_error);
}
