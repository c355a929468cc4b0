// Channel<T>: rendezvous, buffering, close semantics, try_ forms, many producers and consumers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include <kata/sched.hpp>

#include "scale.hpp"

namespace ks = kata::sched;

namespace {

ks::Task<void> produce(ks::Channel<long> ch, long from, long to, long step, ks::WaitGroup* wg) {
  for (long i = from; i < to; i += step) co_await ch.send(i);
  wg->done();
}

ks::Task<void> consume(ks::Channel<long> ch, std::atomic<long>* sum, std::atomic<long>* count,
                       ks::WaitGroup* wg) {
  long s = 0;
  long c = 0;
  while (auto v = co_await ch.recv()) {
    s += *v;
    ++c;
  }
  sum->fetch_add(s);
  count->fetch_add(c);
  wg->done();
}

ks::Task<void> mpmc(std::size_t capacity, long n, int p, int c, std::atomic<long>* sum, std::atomic<long>* count) {
  ks::Channel<long> ch(capacity);
  ks::WaitGroup pw;
  ks::WaitGroup cw;
  cw.add(c);
  for (int j = 0; j < c; ++j) ks::go(consume(ch, sum, count, &cw));
  pw.add(p);
  for (int j = 0; j < p; ++j) ks::go(produce(ch, j, n, p, &pw));
  co_await pw.wait();
  ch.close();
  co_await cw.wait();
}

ks::Task<std::vector<std::string>> rendezvous() {
  ks::Channel<std::string> ch;  // unbuffered
  std::vector<std::string> log;
  struct Sender {
    static ks::Task<void> run(ks::Channel<std::string> ch, std::vector<std::string>* log) {
      log->push_back("send 1");
      co_await ch.send("one");
      log->push_back("sent 1");
      co_await ch.send("two");
      log->push_back("sent 2");
    }
  };
  ks::go(Sender::run(ch, &log));
  co_await ks::yield();  // the sender runs and blocks: no receiver yet
  log.push_back("recv");
  auto a = co_await ch.recv();
  log.push_back("got " + *a);
  auto b = co_await ch.recv();
  log.push_back("got " + *b);
  co_return log;
}

struct Outcomes {
  std::atomic<int> nullopts{0};
  std::atomic<int> throws{0};
  std::atomic<int> other{0};
};

ks::Task<void> blocked_receiver(ks::Channel<int> ch, Outcomes* out) {
  auto v = co_await ch.recv();
  (v ? out->other : out->nullopts).fetch_add(1);
}

ks::Task<void> blocked_sender(ks::Channel<int> ch, int v, Outcomes* out) {
  try {
    co_await ch.send(v);
    out->other.fetch_add(1);
  } catch (const ks::ChannelClosed&) {
    out->throws.fetch_add(1);
  }
}

ks::Task<void> close_while_blocked(Outcomes* out) {
  ks::Channel<int> empty(0);
  ks::Channel<int> full(1);
  int zero = 0;
  full.try_send(zero);  // now full: senders will wait
  for (int i = 0; i < 3; ++i) ks::go(blocked_receiver(empty, out));
  for (int i = 0; i < 3; ++i) ks::go(blocked_sender(full, i, out));
  for (int i = 0; i < 10; ++i) co_await ks::yield();  // one P: all six are now waiting
  empty.close();
  full.close();
}

ks::Task<std::vector<long>> drain_after_close() {
  ks::Channel<long> ch(4);
  co_await ch.send(1);
  co_await ch.send(2);
  co_await ch.send(3);
  ch.close();
  std::vector<long> got;
  while (auto v = co_await ch.recv()) got.push_back(*v);
  bool again = !(co_await ch.recv()).has_value();
  got.push_back(again ? -1 : -2);
  co_return got;
}

}  // namespace

TEST_CASE("An unbuffered channel is a rendezvous", "[channel]") {
  ks::Scheduler s(1);
  auto log = s.block_on(rendezvous());
  // The sender waits in send until the receiver arrives.
  std::vector<std::string> want{"send 1", "recv", "got one", "sent 1"};
  REQUIRE(log.size() == 6);
  CHECK(std::vector<std::string>(log.begin(), log.begin() + 4) == want);
  CHECK(std::count(log.begin(), log.end(), "got two") == 1);
}

TEST_CASE("try_send and try_recv never wait", "[channel]") {
  ks::Channel<int> ch(2);
  int a = 1, b = 2, c = 3;
  CHECK(ch.try_send(a));
  CHECK(ch.try_send(b));
  CHECK_FALSE(ch.try_send(c));
  CHECK(c == 3);  // untouched
  CHECK(ch.size() == 2);
  CHECK(ch.try_recv() == 1);
  CHECK(ch.try_recv() == 2);
  CHECK_FALSE(ch.try_recv().has_value());

  ks::Channel<int> rendezvous;  // nobody waiting: nothing to do
  CHECK_FALSE(rendezvous.try_send(a));
  CHECK_FALSE(rendezvous.try_recv().has_value());

  ch.close();
  CHECK(ch.closed());
  CHECK_THROWS_AS(ch.try_send(a), ks::ChannelClosed);
  CHECK_FALSE(ch.try_recv().has_value());
}

TEST_CASE("A second close throws", "[channel]") {
  ks::Channel<int> ch;
  ch.close();
  CHECK_THROWS_AS(ch.close(), ks::ChannelClosed);
}

TEST_CASE("Receivers drain what is left after close, then see nullopt", "[channel]") {
  ks::Scheduler s(1);
  CHECK(s.block_on(drain_after_close()) == std::vector<long>{1, 2, 3, -1});
}

TEST_CASE("Close wakes blocked receivers with nullopt and blocked senders with ChannelClosed", "[channel]") {
  Outcomes out;
  {
    ks::Scheduler s(1);
    s.block_on(close_while_blocked(&out));
  }
  CHECK(out.nullopts.load() == 3);
  CHECK(out.throws.load() == 3);
  CHECK(out.other.load() == 0);
}

TEST_CASE("8 producers and 8 consumers pass a million messages; close ends the consumers", "[channel]") {
  const long n = static_cast<long>(ks::test::scaled(1'000'000));
  auto capacity = GENERATE(std::size_t{0}, std::size_t{1}, std::size_t{64}, std::size_t{1024});
  INFO("capacity " << capacity);
  std::atomic<long> sum{0};
  std::atomic<long> count{0};
  ks::Scheduler s;
  s.block_on(mpmc(capacity, n, 8, 8, &sum, &count));
  CHECK(count.load() == n);
  CHECK(sum.load() == n * (n - 1) / 2);
}
