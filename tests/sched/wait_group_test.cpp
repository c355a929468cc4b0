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

TEST_CASE("A negative counter throws", "[wait_group]") {
  ks::WaitGroup wg;
  wg.add(1);
  wg.done();
  CHECK_THROWS_AS(wg.done(), std::logic_error);
}
