// Slow stress runs, hidden behind [.stress]: ctest runs them as sched_stress.
#include <catch2/catch.hpp>

#include <atomic>
#include <optional>

#include <kata/sched.hpp>

#include "scale.hpp"

namespace ks = kata::sched;

namespace {

// A tree of spawns: every task spawns `fan` children until depth 0.
ks::Task<void> tree(int depth, int fan, std::atomic<long>* n, ks::WaitGroup* wg) {
  if (depth == 0) {
    n->fetch_add(1, std::memory_order_relaxed);
  } else {
    wg->add(fan);
    for (int i = 0; i < fan; ++i) ks::go(tree(depth - 1, fan, n, wg));
    if (depth % 2 == 0) co_await ks::yield();
  }
  wg->done();
}

ks::Task<void> tree_root(int depth, int fan, std::atomic<long>* n) {
  ks::WaitGroup wg;
  wg.add(1);
  ks::go(tree(depth, fan, n, &wg));
  co_await wg.wait();
}

ks::Task<void> pinger(ks::Channel<int> in, ks::Channel<int> out) {
  while (auto v = co_await in.recv()) co_await out.send(*v + 1);
  out.close();
}

ks::Task<long> ring(int stages, int laps) {
  ks::Channel<int> first;
  ks::Channel<int> prev = first;
  for (int i = 0; i < stages; ++i) {
    ks::Channel<int> next;
    ks::go(pinger(prev, next));
    prev = next;
  }
  long total = 0;
  for (int lap = 0; lap < laps; ++lap) {
    co_await first.send(0);
    total += *co_await prev.recv();
  }
  first.close();
  co_await prev.recv();  // the close travels around the ring
  co_return total;
}

ks::Task<void> select_producer(ks::Channel<long> a, ks::Channel<long> b, long n, ks::WaitGroup* wg) {
  for (long i = 0; i < n; ++i) {
    co_await ks::select(ks::send_case(a, i), ks::send_case(b, i));
  }
  wg->done();
}

ks::Task<void> select_consumer(ks::Channel<long> a, ks::Channel<long> b, std::atomic<long>* sum,
                               std::atomic<long>* count, ks::WaitGroup* wg) {
  bool a_open = true, b_open = true;
  while (a_open || b_open) {
    std::optional<long> va, vb;
    ks::Channel<long> never;
    ks::Channel<long>& ca = a_open ? a : never;
    ks::Channel<long>& cb = b_open ? b : never;
    std::size_t k = co_await ks::select(ks::recv_case(ca, va), ks::recv_case(cb, vb));
    std::optional<long>& v = k == 0 ? va : vb;
    if (v) {
      sum->fetch_add(*v);
      count->fetch_add(1);
    } else {
      (k == 0 ? a_open : b_open) = false;
    }
  }
  wg->done();
}

ks::Task<void> select_storm(long per_producer, std::atomic<long>* sum, std::atomic<long>* count) {
  ks::Channel<long> a(0), b(3);
  ks::WaitGroup pw, cw;
  pw.add(4);
  cw.add(4);
  for (int i = 0; i < 4; ++i) ks::go(select_consumer(a, b, sum, count, &cw));
  for (int i = 0; i < 4; ++i) ks::go(select_producer(a, b, per_producer, &pw));
  co_await pw.wait();
  a.close();
  b.close();
  co_await cw.wait();
}

}  // namespace

TEST_CASE("Two million tasks in a tree of spawns all run", "[.stress]") {
  std::atomic<long> n{0};
  // 8^7 = 2,097,152 leaves and 299,593 inner tasks (8^5 under a sanitizer).
  const int depth = ks::test::kSanitized ? 5 : 7;
  ks::Scheduler s;
  s.block_on(tree_root(depth, 8, &n));
  long leaves = 1;
  for (int i = 0; i < depth; ++i) leaves *= 8;
  CHECK(n.load() == leaves);
}

TEST_CASE("A ring of 100 channels passes a value around many times", "[.stress]") {
  ks::Scheduler s;
  const int laps = ks::test::kSanitized ? 200 : 5'000;
  CHECK(s.block_on(ring(100, laps)) == 100L * laps);
}

TEST_CASE("Selects on both ends of two channels lose nothing, closing included", "[.stress]") {
  const long per = static_cast<long>(ks::test::scaled(200'000));
  for (int round = 0; round < 5; ++round) {
    std::atomic<long> sum{0}, count{0};
    ks::Scheduler s;
    s.block_on(select_storm(per, &sum, &count));
    CHECK(count.load() == 4 * per);
    CHECK(sum.load() == 4 * (per * (per - 1) / 2));
  }
}

TEST_CASE("Schedulers come and go under load", "[.stress]") {
  for (int round = 0; round < 200; ++round) {
    std::atomic<long> n{0};
    {
      ks::Scheduler s(1 + round % 3);
      s.block_on(tree_root(3, 6, &n));
    }
    CHECK(n.load() == 216);
  }
}
