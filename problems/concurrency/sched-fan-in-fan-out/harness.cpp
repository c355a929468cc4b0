// How kata runs fanOutFanIn (kata::sched, runner/sched/): each run makes a
// fresh Solution and a Scheduler of 1 to 4 processors (the run's seed picks how
// many) and calls the method through block_on. The `work` it hands over yields
// to the scheduler 0 to 3 times, as the seed decides for each call, before it
// returns j * j: workers finish out of order, and tasks move between
// processors. It counts each job value's calls and the most calls in flight at
// once (relaxed atomics: the harness adds no synchronisation that could hide a
// race).
//
// A run is right when the method returns the squares of the jobs (in any
// order), work ran once per job, and no more than `workers` calls of work were
// in flight at once. An exception escaping a spawned task ends the process
// (RE). A run in which neither the method's return nor the end of all its
// tasks comes, while no call of work starts or ends for a second, is stuck
// (TLE). Runs: 100 for a few jobs, fewer for more (about 20000 jobs a case, at
// least 5). The answer, when every run was right: "N results, each job's
// square once; at most W calls of work at a time" (singular for one); else the
// first wrong run: what broke, its number and seed.

template <class Solution>
struct Harness {
  // What one run's work calls share (by pointer in each call's frame).
  struct Counts {
    std::uint64_t seed = 0;
    std::atomic<int> in_flight{0}, most{0};
    std::atomic<std::uint64_t> calls_made{0};
    std::atomic<std::uint64_t> progress{0};  // calls of work started and ended
    std::array<std::atomic<int>, 20001> calls{};  // by job value + 10^4
  };

  static ks::Task<long long> work(std::shared_ptr<Counts> c, int j) {
    c->progress.fetch_add(1, std::memory_order_relaxed);
    const int now = c->in_flight.fetch_add(1, std::memory_order_relaxed) + 1;
    int most = c->most.load(std::memory_order_relaxed);
    while (now > most && !c->most.compare_exchange_weak(
                             most, now, std::memory_order_relaxed)) {
    }
    c->calls[static_cast<std::size_t>(j + 10000)].fetch_add(
        1, std::memory_order_relaxed);
    const std::uint64_t k =
        c->calls_made.fetch_add(1, std::memory_order_relaxed);
    const auto yields = kata::judge::interleave::detail::mix(c->seed ^ k) % 4;
    for (std::uint64_t i = 0; i < yields; ++i) co_await ks::yield();
    c->in_flight.fetch_sub(1, std::memory_order_relaxed);
    c->progress.fetch_add(1, std::memory_order_relaxed);
    co_return 1LL * j* j;
  }

  string run(vector<int> jobs, int workers, int capacity) {
    namespace il = kata::judge::interleave;
    if (jobs.size() > 10000 || workers < 1 || workers > 64 || capacity < 0 ||
        capacity > 100)
      throw std::invalid_argument(
          "jobs.length <= 10^4, workers in [1, 64], capacity in [0, 100]");
    for (int j : jobs)
      if (j < -10000 || j > 10000)
        throw std::invalid_argument("jobs[i] in [-10^4, 10^4]");
    const int n = static_cast<int>(jobs.size());
    int runs = std::clamp(20000 / (n + 1), 5, 100);
    if (il::kThreadSanitizer) runs = std::min(runs, il::kSanitizedRuns);
    auto finding = il::explore(
        runs, 9004, il::Options{},
        [&](il::Run& run, il::Outcome& out) -> std::optional<string> {
          auto counts = std::make_shared<Counts>();
          counts->seed = run.seed();
          string stuck;
          const auto got = one_run(jobs, workers, capacity, counts, run, stuck);
          if (!got) {
            out.finished = false;
            return stuck;
          }
          return broken_rule(jobs, workers, *got, *counts);
        });
    if (auto wrong = il::reported(finding, runs)) return *wrong;
    return std::to_string(n) + (n == 1 ? " result" : " results") +
           ", each job's square once; at most " + std::to_string(workers) +
           (workers == 1 ? " call" : " calls") + " of work at a time";
  }

  // One call of fanOutFanIn on a fresh Scheduler, from a thread of its own, and
  // the Scheduler's end (it waits for every task the method started). When
  // neither comes and no call of work starts or ends for a second, the run is
  // stuck: nullopt, with `stuck` saying which of the two never came; the thread
  // and the Scheduler are left to the process's exit.
  static std::optional<vector<long long>> one_run(
      const vector<int>& jobs, int workers, int capacity,
      std::shared_ptr<Counts> counts, kata::judge::interleave::Run& run,
      string& stuck) {
    struct Call {
      std::mutex m;
      std::condition_variable cv;
      bool returned = false, ended = false;
      vector<long long> got;
      std::exception_ptr error;
    };
    auto call = std::make_shared<Call>();
    std::thread([=] {
      auto* scheduler = new ks::Scheduler(1 + run.seed() % 4);
      try {
        Solution solution;
        function<ks::Task<long long>(int)> w = [counts](int j) {
          return work(counts, j);
        };
        auto got = scheduler->block_on(
            solution.fanOutFanIn(jobs, workers, capacity, w));
        {
          std::lock_guard<std::mutex> hold(call->m);
          call->returned = true;
          call->got = std::move(got);
        }
        delete scheduler;  // waits for the tasks the method left running
      } catch (...) {
        std::lock_guard<std::mutex> hold(call->m);
        call->error = std::current_exception();
      }
      std::lock_guard<std::mutex> hold(call->m);
      call->ended = true;
      call->cv.notify_all();
    }).detach();
    using Clock = std::chrono::steady_clock;
    std::unique_lock<std::mutex> hold(call->m);
    std::uint64_t seen = counts->progress.load(std::memory_order_relaxed);
    auto changed_at = Clock::now();
    while (!call->ended) {
      call->cv.wait_until(hold, changed_at + std::chrono::seconds(1));
      if (call->ended) break;
      const std::uint64_t now =
          counts->progress.load(std::memory_order_relaxed);
      if (now != seen) {
        seen = now;
        changed_at = Clock::now();
      } else if (Clock::now() >= changed_at + std::chrono::seconds(1)) {
        stuck = "no progress for 1000 ms: " +
                string(call->returned
                           ? "fanOutFanIn returned, but a task it started "
                             "never ended"
                           : "fanOutFanIn never returned") +
                " (after " + std::to_string(counts->calls_made.load()) +
                " calls of work for " + std::to_string(jobs.size()) + " jobs)";
        return std::nullopt;
      }
    }
    if (call->error) std::rethrow_exception(call->error);
    return call->got;
  }

  // Why a finished run is wrong, or nullopt.
  static std::optional<string> broken_rule(const vector<int>& jobs, int workers,
                                           vector<long long> got,
                                           const Counts& counts) {
    vector<long long> want;
    for (int j : jobs) want.push_back(1LL * j * j);
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    if (got.size() != want.size())
      return "returned " + std::to_string(got.size()) + " results for " +
             std::to_string(want.size()) + " jobs";
    for (std::size_t i = 0; i < got.size(); ++i)
      if (got[i] != want[i]) {
        const bool extra = got[i] < want[i];  // the smaller of the two is off
        const long long v = extra ? got[i] : want[i];
        return extra ? "returned " + std::to_string(v) +
                           " more times than the jobs' squares have it"
                     : "did not return " + std::to_string(v) +
                           " as often as the jobs' squares have it";
      }
    std::map<int, int> wanted;
    for (int j : jobs) ++wanted[j];
    for (int v = -10000; v <= 10000; ++v) {
      const int ran = counts.calls[static_cast<std::size_t>(v + 10000)].load();
      const auto it = wanted.find(v);
      const int due = it == wanted.end() ? 0 : it->second;
      if (ran != due)
        return "work(" + std::to_string(v) + ") ran " + std::to_string(ran) +
               " time" + (ran == 1 ? "" : "s") + " for " + std::to_string(due) +
               " job" + (due == 1 ? "" : "s") + " of that value";
    }
    if (counts.most.load() > workers)
      return std::to_string(counts.most.load()) +
             " calls of work were in flight at once, with " +
             std::to_string(workers) + " workers";
    return std::nullopt;
  }
};
