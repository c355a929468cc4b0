// The scheduler benchmark: the five workloads of ../shared/anchors/go-sched/main.go, on kata::sched.
// Usage: sched_bench [--json] [--only NAME]
//   --json: one JSON object on the last line; --only spawn,mpmc,...: these
//   workloads alone (for profiling), the others print as 0.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <thread>
#include <vector>

#include <kata/sched.hpp>

namespace ks = kata::sched;
using Clock = std::chrono::steady_clock;

namespace {

double ns_since(Clock::time_point t) {
  return static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t).count());
}

// spawn: n tasks that each only signal a wait group; wait; total / n.
ks::Task<void> signal(ks::WaitGroup* wg) {
  wg->done();
  co_return;
}
ks::Task<double> spawn(long n) {
  ks::WaitGroup wg;
  auto t = Clock::now();
  wg.add(n);
  for (long i = 0; i < n; ++i) ks::go(signal(&wg));
  co_await wg.wait();
  co_return ns_since(t) / static_cast<double>(n);
}

// pingpong: two tasks, two unbuffered channels, n round trips.
ks::Task<void> echo(ks::Channel<long> a, ks::Channel<long> b) {
  while (auto v = co_await a.recv()) co_await b.send(*v);
  b.close();
}
ks::Task<double> pingpong(long n) {
  ks::Channel<long> a, b;
  ks::go(echo(a, b));
  auto t = Clock::now();
  for (long i = 0; i < n; ++i) {
    co_await a.send(i);
    co_await b.recv();
  }
  a.close();
  double r = ns_since(t) / static_cast<double>(n);
  co_await b.recv();  // echo has closed b and is done
  co_return r;
}

// mpmc: p producers send n ints in all through one channel of capacity 1024
// to c consumers; producers done, channel closed, consumers drain.
ks::Task<void> consumer(ks::Channel<long> ch, long* sum, ks::WaitGroup* wg) {
  long s = 0;
  while (auto v = co_await ch.recv()) s += *v;
  *sum = s;
  wg->done();
}
ks::Task<void> producer(ks::Channel<long> ch, long j, long n, long p, ks::WaitGroup* wg) {
  for (long i = j; i < n; i += p) co_await ch.send(i);
  wg->done();
}
ks::Task<double> mpmc(long n, long p, long c) {
  ks::Channel<long> ch(1024);
  ks::WaitGroup pw, cw;
  std::vector<long> sums(static_cast<std::size_t>(c));
  auto t = Clock::now();
  for (long j = 0; j < c; ++j) {
    cw.add(1);
    ks::go(consumer(ch, &sums[static_cast<std::size_t>(j)], &cw));
  }
  for (long j = 0; j < p; ++j) {
    pw.add(1);
    ks::go(producer(ch, j, n, p, &pw));
  }
  co_await pw.wait();
  ch.close();
  co_await cw.wait();
  double el = ns_since(t);
  long total = 0;
  for (long s : sums) total += s;
  if (total != n * (n - 1) / 2) throw std::runtime_error("mpmc: lost messages");
  co_return el / static_cast<double>(n);
}

// yield: two tasks each yield n times; total / 2n.
ks::Task<void> yielder(long n, ks::WaitGroup* wg) {
  for (long i = 0; i < n; ++i) co_await ks::yield();
  wg->done();
}
ks::Task<double> yieldpair(long n) {
  ks::WaitGroup wg;
  wg.add(2);
  auto t = Clock::now();
  for (int k = 0; k < 2; ++k) ks::go(yielder(n, &wg));
  co_await wg.wait();
  co_return ns_since(t) / static_cast<double>(2 * n);
}

// skew: 4096 heavy-tailed CPU tasks spawned from one task.
std::uint64_t work(int units) {
  std::uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < units; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
  }
  return x;
}
ks::Task<void> skew_task(std::uint64_t* out, int z, ks::WaitGroup* wg) {
  *out = work(z);
  wg->done();
  co_return;
}
ks::Task<double> skew_run(const std::vector<int>* sizes) {
  ks::WaitGroup wg;
  std::vector<std::uint64_t> res(sizes->size() * 8);
  auto t = Clock::now();
  wg.add(static_cast<long>(sizes->size()));
  for (std::size_t i = 0; i < sizes->size(); ++i) ks::go(skew_task(&res[i * 8], (*sizes)[i], &wg));
  co_await wg.wait();
  co_return ns_since(t);
}
std::vector<int> skew_sizes() {
  std::vector<int> sizes(4096);
  std::uint64_t s = 12345;
  for (int& z : sizes) {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    std::uint64_t r = (s >> 33) % 1000;
    z = r < 10 ? 400000 : r < 100 ? 40000 : 4000;
  }
  return sizes;
}

double best(const std::function<double()>& f, int reps, bool lower) {
  double b = f();
  for (int i = 1; i < reps; ++i) {
    double v = f();
    if (lower ? v < b : v > b) b = v;
  }
  return b;
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false;
  const char* only = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--json") == 0) json = true;
    if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc) only = argv[++i];
  }
  auto wanted = [&](const char* name) { return only == nullptr || std::strstr(only, name) != nullptr; };
  ks::Scheduler sched;  // all processors
  const auto procs = static_cast<double>(sched.processors());
  double spawn_ns = 0, pingpong_ns = 0, mpmc_ns = 0, yield_ns = 0, skew_eff = 0;
  if (wanted("spawn")) spawn_ns = best([&] { return sched.block_on(spawn(1'000'000)); }, 5, true);
  if (wanted("pingpong")) pingpong_ns = best([&] { return sched.block_on(pingpong(1'000'000)); }, 5, true);
  if (wanted("mpmc")) mpmc_ns = best([&] { return sched.block_on(mpmc(4'000'000, 4, 4)); }, 5, true);
  if (wanted("yield")) yield_ns = best([&] { return sched.block_on(yieldpair(1'000'000)); }, 5, true);
  if (wanted("skew")) {
    const std::vector<int> sizes = skew_sizes();
    ks::Scheduler one(1);
    skew_eff = best(
        [&] {
          double t1 = one.block_on(skew_run(&sizes));
          double tp = sched.block_on(skew_run(&sizes));
          return t1 / procs / tp;
        },
        3, false);
  }
  if (json) {
    std::printf(
        "{\"spawn_ns\": %.2f, \"pingpong_ns\": %.2f, \"mpmc_ns\": %.2f, \"yield_ns\": %.2f, "
        "\"skew_eff\": %.4f, \"processors\": %.0f}\n",
        spawn_ns, pingpong_ns, mpmc_ns, yield_ns, skew_eff, procs);
  } else {
    std::printf("spawn     %10.2f ns/task\npingpong  %10.2f ns/round trip\nmpmc      %10.2f ns/message\n"
                "yield     %10.2f ns/yield\nskew_eff  %10.4f (T1 / (P x TP), P = %.0f)\n",
                spawn_ns, pingpong_ns, mpmc_ns, yield_ns, skew_eff, procs);
  }
  return 0;
}
