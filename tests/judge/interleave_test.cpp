// Perturbed runs of concurrent code (kata/judge/interleave.hpp): seeds decide the
// stalls, order bugs are found, correct code is never failed, and a run that
// stops making progress is reported with its stuck threads.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <stdexcept>

#include <kata/judge/interleave.hpp>

using namespace kata::judge::interleave;

namespace {

// Print in Order's shape: thread k calls its method, whose callback is the
// judge's (a point, the event, a point), in whatever order the run starts them.
struct PrintInOrder {
  Run& run;
  std::function<void()> callback(std::string word) {
    return [this, word] {
      run.point();
      run.record(word);
      run.point();
    };
  }
  static std::optional<std::string> check(const Outcome& out) {
    if (!out.finished) return "stuck";
    std::string order;
    for (const auto& e : out.events) order += e.what;
    if (order != "firstsecondthird") return "printed " + order;
    return std::nullopt;
  }
};

// A correct Foo: each step waits, with a predicate, for the one before.
struct CorrectFoo {
  std::mutex m;
  std::condition_variable cv;
  int step = 0;
  void run_step(int mine, const std::function<void()>& print) {
    std::unique_lock<std::mutex> hold(m);
    cv.wait(hold, [&] { return step == mine; });
    print();
    ++step;
    cv.notify_all();
  }
};

// Publishes its step before it prints: the next thread may print first.
struct EarlyFoo {
  std::mutex m;
  std::condition_variable cv;
  int step = 0;
  void run_step(int mine, const std::function<void()>& print) {
    {
      std::unique_lock<std::mutex> hold(m);
      cv.wait(hold, [&] { return step == mine; });
      ++step;
      cv.notify_all();
    }
    print();
  }
};

template <class Foo>
std::optional<Finding> explore_foo(int runs) {
  return explore(runs, 7, Options{}, [](Run& run, Outcome& out) {
    auto foo = std::make_shared<Foo>();
    PrintInOrder judge{run};
    std::vector<std::function<void()>> bodies;
    const char* words[] = {"first", "second", "third"};
    for (int k = 0; k < 3; ++k)
      bodies.push_back([foo, k, print = judge.callback(words[k])] { foo->run_step(k, print); });
    out = run.run(std::move(bodies));
    return PrintInOrder::check(out);
  });
}

}  // namespace

TEST_CASE("A seed decides the same stalls at the same points, and another seed others",
          "[interleave]") {
  Options o;
  int stalls = 0, differ = 0;
  for (std::uint64_t k = 0; k < 4000; ++k) {
    Decision a = decide(1, 0, k, o), again = decide(1, 0, k, o);
    CHECK((a.stall == again.stall && a.micros == again.micros));
    Decision other_seed = decide(2, 0, k, o), other_thread = decide(1, 1, k, o);
    differ += other_seed.stall != a.stall || other_thread.stall != a.stall;
    stalls += a.stall != Stall::none;
    if (a.stall == Stall::sleep) CHECK((a.micros >= 1 && a.micros <= 200));
  }
  CHECK(stalls > 4000 * 0.2);  // stall_chance 0.25
  CHECK(stalls < 4000 * 0.3);
  CHECK(differ > 500);
}

TEST_CASE("A Foo that waits for its turn prints in order on every run", "[interleave]") {
  auto found = explore_foo<CorrectFoo>(200);
  if (found)
    FAIL("seed " << found->seed << ": " << found->why << "\n" << trace_text(found->outcome.events));
}

TEST_CASE("A Foo that publishes its turn before printing is found out, with its seed",
          "[interleave]") {
  auto found = explore_foo<EarlyFoo>(400);
  REQUIRE(found);
  CHECK_THAT(found->why, Catch::StartsWith("printed "));
  CHECK(found->why != "printed firstsecondthird");
  CHECK(found->outcome.events.size() == 3);
  CHECK_THAT(trace_text(found->outcome.events), Catch::Contains("1. thread "));
  // Every run before it, under the seeds that led to it, printed in order: the
  // seed names one run of the exploration.
  CHECK(found->seed == run_seed(7, found->run));
}

TEST_CASE("A waiter that is never woken leaves the run stuck, named by its last event",
          "[interleave]") {
  // Static: the stuck thread is detached and must find these alive when released.
  static std::mutex m;
  static std::condition_variable cv;
  static bool released = false;
  Options o;
  o.quiet_limit = std::chrono::milliseconds(200);
  Run run(3, o);
  Outcome out = run.run({[&] { run.record("done"); },
                         [&] {
                           run.record("waiting");
                           std::unique_lock<std::mutex> hold(m);
                           cv.wait(hold, [] { return released; });
                         }});
  CHECK_FALSE(out.finished);
  CHECK(out.stuck == std::vector<int>{1});
  CHECK(out.last[1] == "waiting");
  CHECK(out.last[0] == "done");
  {
    std::lock_guard<std::mutex> hold(m);
    released = true;
  }
  cv.notify_all();
}

TEST_CASE("A thread that spins on an atomic with yield is not taken for stuck", "[interleave]") {
  auto found = explore(100, 11, Options{}, [](Run& run, Outcome& out) {
    auto ready = std::make_shared<std::atomic<bool>>(false);
    out = run.run({[&run, ready] {
                     run.point();
                     run.record("first");
                     ready->store(true, std::memory_order_release);
                   },
                   [&run, ready] {
                     while (!ready->load(std::memory_order_acquire)) std::this_thread::yield();
                     run.record("second");
                   }});
    std::string order;
    for (const auto& e : out.events) order += e.what;
    return out.finished && order == "firstsecond" ? std::nullopt
                                                  : std::optional<std::string>(order);
  });
  CHECK_FALSE(found);
}

TEST_CASE("A body that throws ends its thread with the exception as its last event",
          "[interleave]") {
  Run run(5);
  Outcome out = run.run({[] { throw std::runtime_error("boom"); }});
  CHECK(out.finished);
  REQUIRE(out.events.size() == 1);
  CHECK(out.events[0].what == "threw: boom");
  CHECK(out.last[0] == "threw: boom");
}

TEST_CASE("Threads start in the case's order when it gives one, else in a seeded one",
          "[interleave]") {
  Options given;
  given.start_order = std::vector<int>{2, 0, 1};
  CHECK(Run(9, given).start_order(3) == std::vector<int>{2, 0, 1});
  std::set<std::vector<int>> seen;
  for (std::uint64_t seed = 0; seed < 200; ++seed) {
    auto order = Run(seed).start_order(4);
    CHECK(order == Run(seed).start_order(4));
    auto sorted = order;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == std::vector<int>{0, 1, 2, 3});
    seen.insert(order);
  }
  CHECK(seen.size() > 12);  // of the 24 orders of four threads
}

namespace {

// Print in Order through the harnesses' helper (say, first_wrong_run), as a problem's
// harness.cpp uses it.
template <class Foo>
std::optional<std::string> first_wrong_foo(int runs) {
  return first_wrong_run(
      runs, 7, Options{},
      [](Run& run) {
        auto foo = std::make_shared<Foo>();
        std::vector<std::function<void()>> bodies;
        const char* words[] = {"first", "second", "third"};
        for (int k = 0; k < 3; ++k)
          bodies.push_back([foo, k, print = say(run, words[k])] { foo->run_step(k, print); });
        return bodies;
      },
      {"the caller of first", "the caller of second", "the caller of third"},
      [](const std::string& printed) -> std::optional<std::string> {
        if (printed == "firstsecondthird") return std::nullopt;
        return printed;
      });
}

}  // namespace

TEST_CASE("first_wrong_run names the wrong run and its seed, and --seed's variable replays it",
          "[interleave]") {
  CHECK_FALSE(first_wrong_foo<CorrectFoo>(100));
  auto wrong = first_wrong_foo<EarlyFoo>(400);
  REQUIRE(wrong);
  // Under ThreadSanitizer (CI's tsan stage) a harness makes at most kSanitizedRuns.
  const int runs = kThreadSanitizer ? kSanitizedRuns : 400;
  CHECK_THAT(*wrong, Catch::Contains(" of " + std::to_string(runs) + " (seed "));
  CHECK_THAT(*wrong, Catch::Contains(" replays it)"));
  const std::string seed = wrong->substr(wrong->find("(seed ") + 6);
  const std::string number = seed.substr(0, seed.find(':'));
  // Every run under the named seed: the failure comes back, under that seed.
  ::setenv("KATA_INTERLEAVE_SEED", number.c_str(), 1);
  REQUIRE(replay_seed() == std::stoull(number));
  auto again = first_wrong_foo<EarlyFoo>(400);
  ::unsetenv("KATA_INTERLEAVE_SEED");
  REQUIRE(again);
  CHECK_THAT(*again, Catch::Contains("(seed " + number + ":"));
  CHECK_FALSE(replay_seed());
}

TEST_CASE("$KATA_INTERLEAVE_BASE moves every seed, and a seed found under it replays without it",
          "[interleave]") {
  auto seeds_of = [] {
    std::vector<std::uint64_t> seeds;
    explore(5, 7, Options{}, [&](Run& run, Outcome&) -> std::optional<std::string> {
      seeds.push_back(run.seed());
      return std::nullopt;
    });
    return seeds;
  };
  const auto plain = seeds_of();
  ::setenv("KATA_INTERLEAVE_BASE", "3", 1);
  CHECK(base_offset() == 3);
  const auto moved = seeds_of();
  ::setenv("KATA_INTERLEAVE_BASE", "0", 1);
  CHECK(seeds_of() == plain);  // 0 is no offset
  ::unsetenv("KATA_INTERLEAVE_BASE");
  CHECK(base_offset() == 0);
  REQUIRE(moved.size() == 5);
  for (auto s : moved) CHECK(std::find(plain.begin(), plain.end(), s) == plain.end());
  // A replay seed is a run's whole seed: it wins over any base.
  ::setenv("KATA_INTERLEAVE_SEED", std::to_string(moved[2]).c_str(), 1);
  ::setenv("KATA_INTERLEAVE_BASE", "9", 1);
  const auto replayed = seeds_of();
  ::unsetenv("KATA_INTERLEAVE_SEED");
  ::unsetenv("KATA_INTERLEAVE_BASE");
  CHECK(replayed == std::vector<std::uint64_t>(5, moved[2]));
}

namespace {

// Print in Order with no wake-up at all: second and third wait on a flag that first
// sets without notifying, so a run where they wait first never ends.
struct SilentFoo {
  std::mutex m;
  std::condition_variable cv;
  int step = 0;
  void run_step(int mine, const std::function<void()>& print) {
    if (mine > 0) {
      std::unique_lock<std::mutex> hold(m);
      cv.wait(hold, [&] { return step >= mine; });
    }
    print();
    std::lock_guard<std::mutex> hold(m);
    step = mine + 1;  // and no notify
  }
};

}  // namespace

TEST_CASE("first_wrong_run throws Stuck for a run that stops making progress, naming the "
          "threads",
          "[interleave]") {
  try {
    first_wrong_foo<SilentFoo>(50);
    FAIL("no run was stuck");
  } catch (const Stuck& e) {
    CHECK_THAT(e.what(), Catch::Contains("then no progress for"));
    CHECK_THAT(e.what(), Catch::Contains("never returned; in run "));
    // Each stuck thread with the last thing it did (third never printed).
    CHECK_THAT(e.what(), Catch::Contains("the caller of third (before its first event"));
  }
}

// Outside any namespace of the test's own, so that the test's -rdynamic exports its
// name, as an attempt's runner exports the attempt's.
[[gnu::noinline]] void kata_test_locks_for_ever(std::mutex& m) {
  m.lock();
  asm volatile("");  // not a tail call: this frame stays on the stack
}

TEST_CASE("A stuck thread is named with the call it is blocked in and the function that "
          "made it",
          "[interleave]") {
  Options options;
  options.quiet_limit = std::chrono::milliseconds(200);
  Run run(1, options);
  auto held = std::make_shared<std::mutex>();
  held->lock();  // and never unlocked: the thread that wants it is stuck for good
  auto out = run.run({[held] { kata_test_locks_for_ever(*held); }, [] {}});
  REQUIRE_FALSE(out.finished);
  REQUIRE(out.stuck == std::vector<int>{0});
  REQUIRE(out.waiting.size() == 2);
  CHECK(out.waiting[1].empty());  // it returned
  if (kThreadSanitizer && out.waiting[0].empty()) {
    // TSan may hold the signal until the thread reaches a point it never reaches.
    WARN("under ThreadSanitizer the stuck thread's stack was not read");
    return;
  }
  // glibc's call when std::mutex::lock is inlined (an optimised build), else
  // libstdc++'s: either way, the lock, and the function that took it.
  CHECK_THAT(out.waiting[0], Catch::Contains("called from kata_test_locks_for_ever"));
  CHECK_THAT(out.waiting[0], Catch::Contains("pthread_mutex_lock, called from") ||
                                 Catch::Contains("std::mutex::lock, called from"));
}

// This test's own locks are the attempt's here: interpose.hpp defines them in the
// test binary, as it does in a concurrency kata's runner.
#include <kata/judge/interpose.hpp>

TEST_CASE("The attempt's lock, unlock, wait and notify calls are points of its run",
          "[interleave]") {
  if (kThreadSanitizer) return;  // TSan's runtime defines them: no interposing there
  Run run(3);
  std::mutex m;
  std::uint64_t before = 0, after = 0;
  auto out = run.run({[&] {
    before = detail::points_passed;
    for (int i = 0; i < 10; ++i) {
      std::lock_guard<std::mutex> hold(m);  // a point before the lock, one after the unlock
    }
    std::condition_variable cv;
    cv.notify_one();  // and one before a notify
    after = detail::points_passed;
  }});
  REQUIRE(out.finished);
  CHECK(after - before == 21);
  // A thread that is not a run's passes none, and the judge's own log takes none.
  const auto outside = detail::points_passed;
  {
    std::lock_guard<std::mutex> hold(m);
  }
  CHECK(detail::points_passed == outside);
}
