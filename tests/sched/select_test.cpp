// select: readiness, default, waiting on several channels, close, fairness.
#include <catch2/catch.hpp>

#include <array>
#include <optional>

#include <kata/sched.hpp>

namespace ks = kata::sched;

namespace {

ks::Task<std::array<int, 2>> pick_many(int rounds) {
  ks::Channel<int> a(static_cast<std::size_t>(rounds));
  ks::Channel<int> b(static_cast<std::size_t>(rounds));
  for (int i = 0; i < rounds; ++i) {
    int x = 1, y = 2;
    a.try_send(x);
    b.try_send(y);
  }
  std::array<int, 2> picks{0, 0};
  for (int i = 0; i < rounds; ++i) {
    std::optional<int> va, vb;
    std::size_t k = co_await ks::select(ks::recv_case(a, va), ks::recv_case(b, vb));
    if (k == 0 && va == 1) ++picks[0];
    if (k == 1 && vb == 2) ++picks[1];
  }
  co_return picks;
}

ks::Task<std::size_t> with_default() {
  ks::Channel<int> a;
  std::optional<int> v;
  co_return co_await ks::select(ks::recv_case(a, v), ks::default_case());
}

ks::Task<void> send_later(ks::Channel<int> ch, int v) {
  co_await ks::yield();
  co_await ch.send(v);
}

ks::Task<void> close_later(ks::Channel<int> ch) {
  co_await ks::yield();
  ch.close();
}

ks::Task<int> wait_on_two() {
  ks::Channel<int> a, b;
  ks::go(send_later(b, 9));
  std::optional<int> va, vb;
  std::size_t k = co_await ks::select(ks::recv_case(a, va), ks::recv_case(b, vb));
  // Afterwards a is usable on its own again: select left its queue.
  ks::go(send_later(a, 5));
  auto again = co_await a.recv();
  co_return k == 1 && vb == 9 && !va && again == 5 ? 1 : 0;
}

ks::Task<int> send_case_fires() {
  ks::Channel<int> out;
  ks::Channel<int> never;
  struct Reader {
    static ks::Task<void> run(ks::Channel<int> ch, int* got) { *got = *co_await ch.recv(); }
  };
  int got = 0;
  ks::WaitGroup wg;
  ks::go(Reader::run(out, &got));
  std::optional<int> v;
  std::size_t k = co_await ks::select(ks::recv_case(never, v), ks::send_case(out, 77));
  co_await ks::yield();
  co_return k == 1 && got == 77 ? 1 : 0;
}

ks::Task<int> woken_by_close() {
  ks::Channel<int> a;
  ks::go(close_later(a));
  std::optional<int> v{123};
  std::size_t k = co_await ks::select(ks::recv_case(a, v));
  co_return k == 0 && !v ? 1 : 0;
}

ks::Task<int> send_on_closed() {
  ks::Channel<int> a(1);
  a.close();
  try {
    co_await ks::select(ks::send_case(a, 1), ks::default_case());
  } catch (const ks::ChannelClosed&) {
    co_return 1;
  }
  co_return 0;
}

}  // namespace

TEST_CASE("select takes the default case when nothing is ready", "[select]") {
  ks::Scheduler s(1);
  CHECK(s.block_on(with_default()) == 1);
}

TEST_CASE("select waits on several channels and leaves the others' queues", "[select]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(wait_on_two()) == 1);
}

TEST_CASE("select fires a send case when a receiver arrives", "[select]") {
  ks::Scheduler s(1);
  CHECK(s.block_on(send_case_fires()) == 1);
}

TEST_CASE("select on a channel that gets closed fires with nullopt", "[select]") {
  ks::Scheduler s(2);
  CHECK(s.block_on(woken_by_close()) == 1);
}

TEST_CASE("select with a send case on a closed channel throws", "[select]") {
  ks::Scheduler s(1);
  CHECK(s.block_on(send_on_closed()) == 1);
}

TEST_CASE("select picks fairly among ready cases", "[select]") {
  ks::SchedulerOptions opt;
  opt.processors = 1;
  opt.seed = 20240601;  // fixed: the run is reproducible
  ks::Scheduler s(opt);
  constexpr int kRounds = 10'000;
  auto picks = s.block_on(pick_many(kRounds));
  CHECK(picks[0] + picks[1] == kRounds);
  // Binomial(10000, 1/2) has a standard deviation of 50: +-500 is 10 sigma.
  CHECK(picks[0] > 4'500);
  CHECK(picks[1] > 4'500);
}
