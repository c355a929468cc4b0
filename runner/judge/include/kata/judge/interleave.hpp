// Perturbed runs of concurrent code: the first piece of judging concurrency katas
// (Print in Order, Building H2O, a channel with close, ...), where one run on
// whatever interleaving the machine happens to produce proves little.
//
// A scenario starts a few threads on the code under test; the harness's
// callbacks (printFirst, releaseHydrogen, ...) call `point` before and after
// they `record` what they did, and in a concurrency kata's runner the attempt's
// own lock, unlock, wait, notify and semaphore calls pass a point too
// (sync_point, interpose.hpp). A Run, made from a seed, perturbs the schedule
// in two ways, each decided by the seed alone:
//
// - the threads start in a seeded order (or the case's), with a seeded pause
//   before some starts, so that the thread a case names first is not always
//   the first to reach the code;
// - at each point a thread may yield or sleep a short while (up to
//   `max_stall`): the decision is a function of (seed, thread, how many points
//   that thread has passed), never of the clock, so a seed replays the same
//   stalls at the same places in every thread.
//
// What it guarantees and what it cannot find. Every window between two points
// of different threads is widened now and then by up to `max_stall`, so an
// order bug that needs one thread to be slow at one point (state published
// before the print, an `if` instead of a `while` around a wait, a wake-up that
// goes to the wrong kind of waiter) shows within a few hundred runs. The OS
// still decides the rest: a seed replays the perturbation, not the exact
// interleaving, so a failure found by seed S fails again under S most of the
// time, not every time. A race that never changes the events (an unsynchronised
// flag that happens to be read right) is not seen here at all: ThreadSanitizer
// finds those. A window between two of the attempt's synchronisation calls is
// widened like any other (a flag checked, the lock let go, then a wait: the
// wake-up lost in between); one between two plain statements, or around an
// atomic, has no point and is found only by chance.
//
// No progress: when no thread records an event or passes a point for
// `quiet_limit` while some have not finished, the run is stuck (a deadlock or
// a lost wake-up). `run` then returns with the stuck threads named by their
// last event and, read from each one's stack, the call it is blocked in and the
// attempt's function that made it ("std::condition_variable::wait, called from
// Foo::second"); they stay blocked and are detached (the state they touch is
// shared with them and outlives the Run object), so a harness reports and the
// process exits.
#pragma once

#include <cxxabi.h>
#include <dlfcn.h>
#include <execinfo.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace kata::judge::interleave {

// Thrown by a harness whose run stopped making progress (a deadlock, a lost
// wake-up), with what it printed and which threads never returned. The judge
// turns it into TLE, named as a deadlock; a wrong output stays a WA (an answer).
struct Stuck : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Options {
  double stall_chance = 0.25;                                  // at each point
  std::chrono::microseconds max_stall{200};                    // the longest sleep at a point
  std::chrono::milliseconds quiet_limit{2000};                 // no progress this long: stuck
  std::optional<std::vector<int>> start_order = std::nullopt;  // else seeded
};

struct Event {
  int thread = 0;  // the index of its body in `run`
  std::string what;
};

enum class Stall { none, yield, sleep };

// What a seed decides at one point: none, a yield, or a sleep of `micros`.
struct Decision {
  Stall stall = Stall::none;
  int micros = 0;
};

class Run;

namespace detail {

inline thread_local int current_thread = -1;
inline thread_local std::uint64_t points_passed = 0;
// The Run a thread of a run belongs to (its own copy, alive while its body
// runs), for sync_point; null on every other thread.
inline thread_local Run* current_run = nullptr;
// Set while the judge's own code takes a lock (the log's): not a point.
inline thread_local bool in_judge = false;

inline std::uint64_t mix(std::uint64_t z) {  // splitmix64's finaliser
  z += 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// One thread's part of the log. Its lock is taken by that thread as it records
// and by the watchdog once the run is over, never by another thread of the run:
// recording orders nothing between the attempt's threads.
struct ThreadLog {
  std::mutex lock;
  std::vector<std::pair<std::uint64_t, Event>> events;  // with their tickets
  std::string last;                                      // "" before its first event
};

struct Shared {
  std::mutex lock;  // done, finished, outside; the watchdog waits on `changed`
  std::condition_variable changed;
  std::unique_ptr<ThreadLog[]> logs;  // one per thread, made before any starts
  std::size_t threads = 0;
  std::vector<std::pair<std::uint64_t, Event>> outside;  // recorded by other threads
  std::vector<bool> done;
  std::size_t finished = 0;
  // Events and points, for the watchdog. Relaxed: a point must not order the
  // attempt's threads (a lock here would be a happens-before edge that hides
  // their data races from ThreadSanitizer).
  std::atomic<std::uint64_t> progress{0};
  // An event's place in the log. Relaxed as well: still, when one record happens
  // before another (through the attempt's own synchronisation), its ticket is
  // smaller, as every read-modify-write of one atomic is in one order that agrees
  // with happens-before.
  std::atomic<std::uint64_t> tickets{0};

  void add(int thread, std::string what) {
    const std::uint64_t ticket = tickets.fetch_add(1, std::memory_order_relaxed);
    if (thread >= 0 && static_cast<std::size_t>(thread) < threads) {
      ThreadLog& log = logs[static_cast<std::size_t>(thread)];
      in_judge = true;
      {
        std::lock_guard<std::mutex> hold(log.lock);
        log.last = what;
        log.events.push_back({ticket, {thread, std::move(what)}});
      }
      in_judge = false;
    } else {
      std::lock_guard<std::mutex> hold(lock);
      outside.push_back({ticket, {thread, std::move(what)}});
    }
    progress.fetch_add(1, std::memory_order_relaxed);
  }

  // The log so far, in ticket order, and each thread's last event.
  std::vector<Event> events(std::vector<std::string>& last) {
    std::vector<std::pair<std::uint64_t, Event>> all;
    {
      std::lock_guard<std::mutex> hold(lock);
      all = outside;
    }
    last.assign(threads, "");
    for (std::size_t t = 0; t < threads; ++t) {
      std::lock_guard<std::mutex> hold(logs[t].lock);
      all.insert(all.end(), logs[t].events.begin(), logs[t].events.end());
      last[t] = logs[t].last;
    }
    std::sort(all.begin(), all.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Event> out;
    out.reserve(all.size());
    for (auto& e : all) out.push_back(std::move(e.second));
    return out;
  }
};

// A thread of a run: pthreads with a 1 MiB stack rather than glibc's default (8 MiB,
// or RLIMIT_STACK): a harness may start dozens (Building H2O: 60), and in a
// sandboxed attempt stacks count against its memory limit. A thread that cannot
// start throws std::system_error (EAGAIN at the sandbox's cap on tasks).
struct Thread {
  pthread_t id{};

  static Thread start(std::function<void()> body) {
    auto* owned = new std::function<void()>(std::move(body));
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, std::size_t{1} << 20);
    Thread t;
    const int error = pthread_create(&t.id, &attr, &run, owned);
    pthread_attr_destroy(&attr);
    if (error != 0) {
      delete owned;
      throw std::system_error(error, std::generic_category(), "cannot start a thread");
    }
    return t;
  }
  void join() { pthread_join(id, nullptr); }
  void detach() { pthread_detach(id); }

 private:
  static void* run(void* body) {
    std::unique_ptr<std::function<void()>> owned(static_cast<std::function<void()>*>(body));
    (*owned)();
    return nullptr;
  }
};

// Where a stuck thread is blocked, read from its stack: the watchdog sends it
// SIGURG (ignored by default, so a stray one harms nothing), whose handler copies
// the thread's return addresses; the watchdog then names them with dladdr (the
// runner is linked with -rdynamic, so the attempt's functions have names). Under
// ThreadSanitizer a signal may wait for the thread to reach a safe point it never
// reaches: after 200 ms the thread is described without its stack.
struct StackProbe {
  static constexpr int kMostFrames = 48;
  inline static std::atomic<pthread_t> target{};
  inline static void* frames[kMostFrames];
  inline static std::atomic<int> taken{-1};

  static void handler(int) {
    if (!pthread_equal(pthread_self(), target.load())) return;
    taken.store(backtrace(frames, kMostFrames), std::memory_order_release);
  }
};

// A function's name as a reader wants it: no return type, no parameters, template
// arguments as <...> ("FizzBuzz::loop<...>", "std::mutex::lock"), or "" when
// dladdr does not know the address.
inline std::string function_at(void* address) {
  Dl_info info{};
  // The return address is just past the call: look up the call itself.
  if (dladdr(static_cast<char*>(address) - 1, &info) == 0 || !info.dli_sname) return "";
  int status = 0;
  char* plain = abi::__cxa_demangle(info.dli_sname, nullptr, nullptr, &status);
  const std::string full = status == 0 && plain ? plain : info.dli_sname;
  std::free(plain);
  std::string name;
  int depth = 0;
  for (char c : full) {
    if (c == '(' && depth == 0 && !name.empty()) break;  // the parameters
    if (c == '>') --depth;
    if (depth == 0) name += c == ' ' ? std::string() : std::string(1, c);
    if (c == ' ' && depth == 0) name.clear();  // what came before was the return type
    if (c == '<' && depth++ == 0) name += "...";
  }
  return name;
}

// kata's own frames and the library's, which are not the attempt's.
inline bool is_library_function(const std::string& name) {
  for (const char* prefix : {"std::", "__", "kata::", "kata_harness::", "pthread_", "sem_"})
    if (name.rfind(prefix, 0) == 0) return true;
  return name.empty();
}

// "std::condition_variable::wait, called from Foo::second", "pthread_mutex_lock,
// called from DiningPhilosophers::wantsToEat", "running Foo::bar" (busy in the
// attempt's own code), or "" when the stack could not be read; nullopt when the
// thread did not answer the signal within 200 ms (under TSan a signal may never be
// delivered to a blocked thread: the caller then stops asking the others).
inline std::optional<std::string> blocked_in(pthread_t thread) {
  static std::once_flag installed;
  std::call_once(installed, [] {
    void* warm[1];
    backtrace(warm, 1);  // loads the unwinder now: the handler must not
    struct sigaction action {};
    action.sa_handler = &StackProbe::handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGURG, &action, nullptr);
  });
  StackProbe::taken.store(-1);
  StackProbe::target.store(thread);
  if (pthread_kill(thread, SIGURG) != 0) return std::nullopt;
  int n = -1;
  for (int waited = 0; waited < 200 && (n = StackProbe::taken.load(std::memory_order_acquire)) < 0;
       ++waited)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  StackProbe::target.store(pthread_t{});
  if (n < 0) return std::nullopt;
  // Frames 0 and 1 are the handler and the signal's return trampoline. The first
  // frame of the attempt's, and the frame it called (what it is blocked in).
  std::string inner;
  for (int i = 2; i < n; ++i) {
    std::string name = function_at(StackProbe::frames[i]);
    if (!is_library_function(name))
      return inner.empty() ? "running " + name : inner + ", called from " + name;
    if (!name.empty()) inner = name;
  }
  return "";
}


}  // namespace detail

// Which thread of the current run the caller is (-1 outside a run's threads).
inline int thread_index() {
  return detail::current_thread;
}

// The decision at a thread's k-th point under a seed: a pure function.
inline Decision decide(std::uint64_t seed, int thread, std::uint64_t k, const Options& o) {
  std::uint64_t r = detail::mix(seed ^ detail::mix(static_cast<std::uint64_t>(thread) + 1) ^
                                detail::mix(k * 0xD1B54A32D192ED03ULL));
  double u = static_cast<double>(r >> 11) * 0x1.0p-53;
  if (u >= o.stall_chance) return {};
  if ((r & 1) == 0) return {Stall::yield, 0};
  auto most = std::max<long long>(1, o.max_stall.count());
  return {Stall::sleep, 1 + static_cast<int>((r >> 1) % static_cast<std::uint64_t>(most))};
}

struct Outcome {
  bool finished = true;           // every thread returned
  std::vector<Event> events;      // in the order they were recorded
  std::vector<int> stuck;         // threads that did not return (when !finished)
  std::vector<std::string> last;  // each thread's last event
  // What each stuck thread was blocked in, when its stack could be read
  // (detail::blocked_in): "std::condition_variable::wait, called from Foo::second".
  std::vector<std::string> waiting;
};

class Run {
 public:
  explicit Run(std::uint64_t seed, Options o = {})
      : seed_(seed), options_(std::move(o)), shared_(std::make_shared<detail::Shared>()) {}

  std::uint64_t seed() const { return seed_; }

  // The order `run` starts n bodies in: the case's when the options give one,
  // else a permutation the seed decides.
  std::vector<int> start_order(int n) const {
    if (options_.start_order) return *options_.start_order;
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) order[i] = i;
    for (int i = n - 1; i > 0; --i)
      std::swap(order[i], order[detail::mix(seed_ + static_cast<std::uint64_t>(i)) %
                                static_cast<std::uint64_t>(i + 1)]);
    return order;
  }

  // A place where the interleaving matters: the calling thread may be stalled.
  void point() {
    if (detail::current_thread < 0) return;
    Decision d = decide(seed_, detail::current_thread, detail::points_passed++, options_);
    if (d.stall == Stall::yield) std::this_thread::yield();
    if (d.stall == Stall::sleep) std::this_thread::sleep_for(std::chrono::microseconds(d.micros));
    shared_->progress.fetch_add(1, std::memory_order_relaxed);
  }

  // Logs what the calling thread did, in one order shared by every thread, without
  // ordering the threads: each records into its own part (detail::ThreadLog), and
  // a relaxed ticket gives the order, so ThreadSanitizer sees no edge between two
  // threads that the attempt did not make.
  void record(std::string what) { shared_->add(detail::current_thread, std::move(what)); }

  // Runs each body on a thread of its own, started in the seeded (or given)
  // order, and waits for all of them or for the run to be stuck. Once per Run
  // (`explore` makes one for each seed).
  Outcome run(std::vector<std::function<void()>> bodies) {
    const int n = static_cast<int>(bodies.size());
    {
      std::lock_guard<std::mutex> hold(shared_->lock);
      shared_->logs = std::make_unique<detail::ThreadLog[]>(bodies.size());
      shared_->threads = bodies.size();
      shared_->done.assign(bodies.size(), false);
    }
    std::vector<int> order = start_order(n);
    std::vector<detail::Thread> threads;
    // A thread that cannot start (the sandbox's limit on tasks): the started ones
    // are waited for as usual, then the error goes to the caller.
    std::exception_ptr start_failed;
    for (std::size_t i = 0; i < order.size() && !start_failed; ++i) {
      const int t = order[i];
      if (i > 0 && decide(seed_, -1, i, options_).stall == Stall::sleep)
        std::this_thread::sleep_for(options_.max_stall);
      try {
        threads.push_back(detail::Thread::start([self = *this, body = std::move(bodies[t]),
                                                 t]() mutable {
          const auto& shared = self.shared_;
          detail::current_thread = t;
          detail::points_passed = 0;
          detail::current_run = &self;
          std::string threw;
          try {
            body();
          } catch (const std::exception& e) {
            threw = std::string("threw: ") + e.what();
          } catch (...) {
            threw = "threw an exception";
          }
          detail::current_run = nullptr;  // the rest is the judge's
          if (!threw.empty()) shared->add(t, threw);
          std::lock_guard<std::mutex> hold(shared->lock);
          shared->done[t] = true;
          ++shared->finished;
          shared->progress.fetch_add(1, std::memory_order_relaxed);
          shared->changed.notify_all();
        }));
      } catch (...) {
        start_failed = std::current_exception();
      }
    }
    Outcome out;
    {
      using Clock = std::chrono::steady_clock;
      std::unique_lock<std::mutex> hold(shared_->lock);
      std::uint64_t seen = shared_->progress.load(std::memory_order_relaxed);
      Clock::time_point changed_at = Clock::now();
      while (shared_->finished < threads.size()) {
        shared_->changed.wait_until(hold, changed_at + options_.quiet_limit);
        if (shared_->finished == threads.size()) break;
        if (const auto now = shared_->progress.load(std::memory_order_relaxed); now != seen) {
          seen = now;
          changed_at = Clock::now();
        } else if (Clock::now() >= changed_at + options_.quiet_limit) {
          out.finished = false;  // nothing happened for quiet_limit: stuck
          break;
        }
      }
      for (int t = 0; t < n; ++t)
        if (!shared_->done[t]) out.stuck.push_back(t);
    }
    out.events = shared_->events(out.last);
    out.waiting.assign(bodies.size(), "");
    if (!out.finished)
      for (std::size_t i = 0; i < threads.size(); ++i)
        if (std::find(out.stuck.begin(), out.stuck.end(), order[i]) != out.stuck.end()) {
          auto in = detail::blocked_in(threads[i].id);
          if (!in) break;  // unanswered: the others would be too
          out.waiting[order[i]] = std::move(*in);
        }
    for (std::size_t i = 0; i < threads.size(); ++i) {
      bool done;
      {
        std::lock_guard<std::mutex> hold(shared_->lock);
        done = shared_->done[order[i]];
      }
      if (out.finished || done)
        threads[i].join();
      else
        threads[i].detach();  // blocked for good: it keeps `shared_` alive
    }
    if (start_failed) std::rethrow_exception(start_failed);
    return out;
  }

 private:
  std::uint64_t seed_;
  Options options_;
  std::shared_ptr<detail::Shared> shared_;
};

// A point inside the attempt's own synchronisation: the runner of a concurrency
// kata defines pthread_mutex_lock, pthread_cond_wait, sem_wait, ... to call this
// first (or, for an unlock or a post, after) and then glibc's (interpose.hpp), so
// a seed stalls threads at each lock, wait, notify and semaphore call as at the
// judge's callbacks. Nothing on a thread that is not a run's, or while the
// judge's own code locks.
inline void sync_point() {
  if (detail::current_run && !detail::in_judge) detail::current_run->point();
}

// The events of a run as lines: "1. thread 2: first".
inline std::string trace_text(const std::vector<Event>& events) {
  std::string out;
  for (std::size_t i = 0; i < events.size(); ++i)
    out += std::to_string(i + 1) + ". thread " + std::to_string(events[i].thread) + ": " +
           events[i].what + "\n";
  return out;
}

// The seed of the i-th of many runs from one base seed.
inline std::uint64_t run_seed(std::uint64_t base, int i) {
  return detail::mix(base + 0x632BE59BD9B4E019ULL * static_cast<std::uint64_t>(i));
}

struct Finding {
  std::uint64_t seed = 0;
  int run = 0;  // which run of the exploration (0-based)
  std::string why;
  Outcome outcome;
};

// The seed to replay, from $KATA_INTERLEAVE_SEED (`kata test --seed S` sets it),
// when it is set to a number.
inline std::optional<std::uint64_t> replay_seed() {
  const char* text = std::getenv("KATA_INTERLEAVE_SEED");
  if (!text || !*text) return std::nullopt;
  char* end = nullptr;
  const unsigned long long seed = std::strtoull(text, &end, 10);
  if (*end != '\0') return std::nullopt;
  return seed;
}

// Another base for every harness's seeds, from $KATA_INTERLEAVE_BASE when it is
// set to a number other than 0: bench/concurrency_bench.sh counts how many runs a
// buggy fixture needs before it fails, over many bases. A run's seed is still
// printed whole, so --seed replays it whatever the base was.
inline std::uint64_t base_offset() {
  const char* text = std::getenv("KATA_INTERLEAVE_BASE");
  if (!text || !*text) return 0;
  char* end = nullptr;
  const unsigned long long offset = std::strtoull(text, &end, 10);
  return *end == '\0' ? offset : 0;
}

// Runs `scenario` up to `runs` times, each with a Run of its own seed; the
// scenario returns why its run is wrong, or nullopt. Stops at the first wrong run.
// With a replay seed (replay_seed()) every run uses that seed: the same stalls at
// the same points, run after run, until the OS's part of the interleaving lines up.
inline std::optional<Finding> explore(
    int runs, std::uint64_t base_seed, const Options& options,
    const std::function<std::optional<std::string>(Run&, Outcome&)>& scenario) {
  const auto replay = replay_seed();
  if (const auto offset = base_offset()) base_seed ^= detail::mix(offset);
  for (int i = 0; i < runs; ++i) {
    Run run(replay ? *replay : run_seed(base_seed, i), options);
    Outcome outcome;
    if (auto why = scenario(run, outcome)) return Finding{run.seed(), i, *why, std::move(outcome)};
  }
  return std::nullopt;
}

// What a harness reports of an exploration of `runs` runs: nullopt when every run
// held, else why the found run was wrong and where ("; in run K of N (seed S:
// --seed S replays it)"). A run that made no progress is thrown as Stuck (a TLE).
inline std::optional<std::string> reported(const std::optional<Finding>& finding, int runs) {
  if (!finding) return std::nullopt;
  const std::string seed = std::to_string(finding->seed);
  std::string why = finding->why + "; in run " + std::to_string(finding->run + 1) + " of " +
                    std::to_string(runs) + " (seed " + seed + ": --seed " + seed + " replays it)";
  if (!finding->outcome.finished) throw Stuck(why);
  return why;
}

// A callback to hand to the code under test (printFirst, printFoo, ...): it
// records `word` with a point before and after, so a seed may stall the caller
// on either side of what it prints. It holds a copy of the Run (which shares the
// run's state), so a thread left blocked by a stuck run never outlives what it uses.
inline std::function<void()> say(const Run& run, std::string word) {
  return [run = run, word = std::move(word)]() mutable {
    run.point();
    run.record(word);
    run.point();
  };
}

// What the threads recorded, in order, concatenated ("firstsecondthird"), or with
// a separator between them ("1,2,fizz").
inline std::string joined(const std::vector<Event>& events, const std::string& separator = "") {
  std::string out;
  for (std::size_t i = 0; i < events.size(); ++i) out += (i ? separator : "") + events[i].what;
  return out;
}

// A broken rule with where it broke, for a check that reads the log: `rule`,
// ", at entry I of the log: " and the entries up to and including entry i (the
// last twelve at most, "..., " before them when there were more).
inline std::string at_entry(const std::vector<Event>& log, std::size_t i, const std::string& rule) {
  const std::size_t from = i + 1 > 12 ? i + 1 - 12 : 0;
  std::string before;
  for (std::size_t k = from; k <= i && k < log.size(); ++k)
    before += (k > from ? ", " : "") + log[k].what;
  return rule + ", at entry " + std::to_string(i + 1) + " of the log: " + (from ? "..., " : "") +
         before;
}

// A check for first_wrong_run when one output is right: nullopt when `printed` is
// `expected`, else where it first differs and the text around it ("wrong at
// character 7 of 12: \"foobarbarfoo\""): a long output is not shown whole.
inline std::optional<std::string> differs(const std::string& printed, const std::string& expected) {
  if (printed == expected) return std::nullopt;
  std::size_t at = 0;
  while (at < printed.size() && at < expected.size() && printed[at] == expected[at]) ++at;
  const std::size_t from = at < 12 ? 0 : at - 12;
  return "wrong at character " + std::to_string(at + 1) + " of " + std::to_string(expected.size()) +
         ": \"" + (from ? "..." : "") + printed.substr(from, 30) +
         (from + 30 < printed.size() ? "..." : "") + "\"";
}

// Whether this code is built with ThreadSanitizer: a concurrency kata's sanitized
// runner is, and there a few runs are enough (TSan sees a race on any run that has
// it, whatever the interleaving), so first_wrong_run makes at most kSanitizedRuns.
#if defined(__SANITIZE_THREAD__)
inline constexpr bool kThreadSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
inline constexpr bool kThreadSanitizer = true;
#else
inline constexpr bool kThreadSanitizer = false;
#endif
#else
inline constexpr bool kThreadSanitizer = false;
#endif
inline constexpr int kSanitizedRuns = 20;

// The usual harness: `runs` runs with seeds from `base`. For each, `start` makes a
// fresh object and returns the threads' bodies (thread i is named names[i] in
// messages); when they finish, `check` reads the events in the order they were
// recorded and says why the run is wrong, or nullopt. The first wrong run,
// described: `check`'s words, then "; in run K of N (seed S: --seed S replays
// it)". nullopt when every run was right. A run that was stuck throws Stuck
// instead: what it recorded (the events' words joined by `separator`), "then no
// progress for 500 ms: <names> never returned" (each with its last event and
// what it is blocked in), and the same run and seed.
inline std::optional<std::string> first_invalid_run(
    int runs, std::uint64_t base, const Options& options,
    const std::function<std::vector<std::function<void()>>(Run&)>& start,
    const std::vector<std::string>& names,
    const std::function<std::optional<std::string>(const std::vector<Event>&)>& check,
    const std::string& separator = "") {
  if (kThreadSanitizer) runs = std::min(runs, kSanitizedRuns);
  auto finding = explore(runs, base, options, [&](Run& run, Outcome& out) {
    out = run.run(start(run));
    std::optional<std::string> why;
    if (!out.finished) {
      // Each stuck thread with the last thing it did: the call it is blocked in
      // comes after that.
      std::string stuck;
      for (std::size_t k = 0; k < out.stuck.size(); ++k) {
        const auto t = static_cast<std::size_t>(out.stuck[k]);
        const std::string& last = t < out.last.size() ? out.last[t] : std::string();
        const std::string& waiting = t < out.waiting.size() ? out.waiting[t] : std::string();
        stuck += (k == 0                      ? ""
                  : k + 1 == out.stuck.size() ? " and "
                                              : ", ") +
                 (t < names.size() ? names[t] : "thread " + std::to_string(t)) +
                 (last.empty() ? " (before its first event" : " (after " + last) +
                 (waiting.empty() ? "" : "; in " + waiting) + ")";
      }
      const std::string printed = joined(out.events, separator);
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(options.quiet_limit);
      why = (printed.empty() ? std::string("nothing printed") : printed) +
            ", then no progress for " + std::to_string(ms.count()) + " ms: " + stuck +
            " never returned";
    } else if (auto bad = check(out.events)) {
      why = *bad;
    }
    return why;
  });
  return reported(finding, runs);
}

// first_invalid_run for a printing kata, whose runs are judged by what they
// printed: the events' words joined by `separator`.
inline std::optional<std::string> first_wrong_run(
    int runs, std::uint64_t base, const Options& options,
    const std::function<std::vector<std::function<void()>>(Run&)>& start,
    const std::vector<std::string>& names,
    const std::function<std::optional<std::string>(const std::string& printed)>& check,
    const std::string& separator = "") {
  return first_invalid_run(
      runs, base, options, start, names,
      [&](const std::vector<Event>& events) { return check(joined(events, separator)); },
      separator);
}

}  // namespace kata::judge::interleave
