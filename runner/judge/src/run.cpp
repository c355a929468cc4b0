// The run engine: one task per case on the scheduler, one channel, one collector.
#include "kata/judge/run.hpp"

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>
#include <utility>

#include <kata/sched.hpp>

namespace kata::judge {
namespace {

using kata::sched::Channel;
using kata::sched::Task;
using kata::sched::WaitGroup;
using Clock = std::chrono::steady_clock;

// What a case task needs, shared so an abandoned thread never outlives it.
struct Shared {
  std::shared_ptr<const std::vector<Workload>> workloads;
  RunConfig config;
};

int limit_of(const Shared& s, const Workload& w) {
  return scaled_limit_ms(s.config.time_limit_ms.value_or(w.meta.time_limit_ms));
}

CaseResult timed_out(const Case& c, int limit_ms) {
  CaseResult r;
  r.name = c.name;
  r.verdict = Verdict::TLE;
  r.time_ms = limit_ms;
  r.input = c.input;
  r.expected = c.expected;
  r.file = c.file;
  r.line = c.line;
  r.message = "did not finish within the time limit of " + std::to_string(limit_ms) +
              " ms; its thread was left behind";
  r.abandoned = true;
  return r;
}

// A case kata could not judge: preparing or judging it threw (a generator that
// failed, memory exhausted). An ERR for that case; the run goes on.
CaseResult not_judged(const Case& c, const std::string& why) {
  CaseResult r;
  r.name = c.name;
  r.verdict = Verdict::ERR;
  r.input = c.input;
  r.file = c.file;
  r.line = c.line;
  r.message = "kata could not judge this case: " + why;
  return r;
}

// One case: prepare it (a generated case only), judge it under the time limit,
// give back its slot in the window, then send the result. Nothing it runs may
// throw out of the task (an exception escaping a task ends the process).
Task<void> judge_one(std::shared_ptr<const Shared> s, std::size_t wi, std::size_t ci,
                     Channel<CaseEvent> out, Channel<char> window, WaitGroup* wg) {
  const Workload& w = (*s->workloads)[wi];
  int limit = limit_of(*s, w);
  Answers answers = s->config.keep_passing_answers ? Answers::kept : Answers::failures_only;
  // Each closure owns what it reads (the scheduler keeps it alive, in shared
  // state, for as long as the thread running it): the workloads through s, so a
  // plain case is judged in place, never copied.
  std::optional<CaseResult> r;
  std::string failure;
  auto t0 = Clock::now();
  try {
    if (!w.prepare) {
      auto judge = [s, wi, ci, limit, answers]() {
        const Workload& w = (*s->workloads)[wi];
        return judge_case(w.meta, w.cases[ci], w.solve, w.checker, limit, answers);
      };
      r = co_await kata::sched::blocking_for(watchdog_deadline(limit), std::move(judge));
    } else {
      // Preparing runs the generator and the reference: its own deadline, outside the case's.
      auto prepare = [s, wi, ci]() {
        const Workload& w = (*s->workloads)[wi];
        Case c = w.cases[ci];
        w.prepare(w.meta, c);
        return c;
      };
      std::optional<Case> c =
          co_await kata::sched::blocking_for(watchdog_deadline(limit), std::move(prepare));
      if (c) {
        auto judge = [s, wi, c = std::move(*c), limit, answers]() {
          const Workload& w = (*s->workloads)[wi];
          if (w.solve_defines_answers && !c.expected)
            return judge_own_answer(w.meta, c, w.solve, w.checker, limit, answers);
          return judge_case(w.meta, c, w.solve, w.checker, limit, answers);
        };
        r = co_await kata::sched::blocking_for(watchdog_deadline(limit), std::move(judge));
      }
    }
  } catch (const std::exception& e) {
    failure = e.what();
  } catch (...) {
    failure = "an exception that is not a std::exception";
  }
  if (!failure.empty()) r = not_judged(w.cases[ci], failure);
  double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  CaseEvent e{wi, ci, r ? std::move(*r) : timed_out(w.cases[ci], limit), seconds};
  // The slot first, then the result: each wakes a task into runnext, and the
  // one woken last runs next. The collector must be that one; woken first, it
  // is pushed to the back of the queue and the progress line stalls for a
  // window's worth of cases.
  co_await window.recv();
  co_await out.send(std::move(e));
  wg->done();
}

// Cases in flight at once, per processor: enough to keep every P busy and the
// stealing fair, few enough that a run of 100,000 cases holds a few hundred task
// frames rather than all of them (spawning every case up front cost more in page
// faults for the frames than judging them).
constexpr std::size_t kWindowPerProcessor = 64;

// The costliest cases first: one of them started last would leave every other
// processor idle while it finishes. A case with no past cost is, if generated
// (a maximum size), put before all the others, and if from the file, after
// them; ties keep the file order.
std::vector<std::pair<std::size_t, std::size_t>> start_order(const std::vector<Workload>& ws,
                                                             const CaseCosts& costs) {
  struct Item {
    std::size_t wi, ci;
    double cost;
  };
  std::vector<Item> items;
  for (std::size_t wi = 0; wi < ws.size(); ++wi) {
    if (!ws[wi].errors.empty()) continue;
    for (std::size_t ci = 0; ci < ws[wi].cases.size(); ++ci) {
      const Case& c = ws[wi].cases[ci];
      auto it = costs.find(case_key(ws[wi], c));
      double cost = it != costs.end()        ? it->second
                    : c.generate.has_value() ? std::numeric_limits<double>::infinity()
                                             : -1.0;
      items.push_back({wi, ci, cost});
    }
  }
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.cost > b.cost; });
  std::vector<std::pair<std::size_t, std::size_t>> order;
  order.reserve(items.size());
  for (const Item& i : items) order.emplace_back(i.wi, i.ci);
  return order;
}

// Spawns every case task (at most the window in flight), waits for all of them,
// then closes the channel.
Task<void> produce(std::shared_ptr<const Shared> s, Channel<CaseEvent> out) {
  WaitGroup wg;
  Channel<char> window(kWindowPerProcessor * std::max<std::size_t>(1, s->config.processors));
  for (auto [wi, ci] : start_order(*s->workloads, s->config.costs)) {
    co_await window.send(0);  // waits while the window is full
    wg.add(1);
    kata::sched::go(judge_one(s, wi, ci, out, window, &wg));
  }
  co_await wg.wait();
  out.close();
}

// Receives until the channel is closed and drained.
Task<RunReport> collect(
    std::shared_ptr<const Shared> s,
    const std::function<void(const CaseEvent&, const RunProgress&)>* on_result) {
  const auto& ws = *s->workloads;
  RunReport report;
  std::vector<std::vector<std::optional<CaseResult>>> slots(ws.size());
  RunProgress progress;
  for (std::size_t wi = 0; wi < ws.size(); ++wi) {
    if (ws[wi].errors.empty()) {
      slots[wi].resize(ws[wi].cases.size());
      progress.total += ws[wi].cases.size();
    } else {
      ++report.broken;
    }
  }
  // Each case's share of the work, for the estimate of the time left: its cost
  // last time, or for a case run for the first time the mean of the known ones.
  std::vector<std::vector<double>> work(ws.size());
  double work_total = 0, work_done = 0;
  std::size_t unknown = 0;
  for (std::size_t wi = 0; wi < ws.size(); ++wi) {
    for (std::size_t ci = 0; ci < slots[wi].size(); ++ci) {
      auto it = s->config.costs.find(case_key(ws[wi], ws[wi].cases[ci]));
      work[wi].push_back(it != s->config.costs.end() ? it->second : -1);
      if (work[wi].back() < 0)
        ++unknown;
      else
        work_total += work[wi].back();
    }
  }
  if (unknown > 0 && unknown < progress.total) {
    double mean = work_total / static_cast<double>(progress.total - unknown);
    for (auto& row : work)
      for (double& w : row)
        if (w < 0) w = mean;
    work_total += mean * static_cast<double>(unknown);
  }
  auto start = Clock::now();
  Channel<CaseEvent> results(1024);
  kata::sched::go(produce(s, results));
  while (auto e = co_await results.recv()) {
    ++progress.done;
    if (e->result.verdict != Verdict::AC) ++progress.failed;
    if (e->result.abandoned) ++report.abandoned;
    progress.elapsed_seconds = std::chrono::duration<double>(Clock::now() - start).count();
    work_done += std::max(0.0, work[e->workload][e->index]);  // -1: nothing known at all
    progress.seconds_left =
        work_done > 0 ? progress.elapsed_seconds * std::max(0.0, work_total - work_done) / work_done
                      : -1;
    report.costs[case_key(ws[e->workload], ws[e->workload].cases[e->index])] = e->seconds;
    if (*on_result) (*on_result)(*e, progress);
    slots[e->workload][e->index] = std::move(e->result);
  }
  report.wall_seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (std::size_t wi = 0; wi < ws.size(); ++wi) {
    std::vector<CaseResult> cases;
    for (auto& slot : slots[wi]) cases.push_back(std::move(*slot));
    ProblemResult p = summarize(ws[wi].meta.slug, std::move(cases));
    if (!ws[wi].errors.empty()) p.verdict = Verdict::ERR;
    report.passed += static_cast<std::size_t>(p.passed);
    report.failed += static_cast<std::size_t>(p.total - p.passed);
    report.problems.push_back(std::move(p));
  }
  co_return report;
}

}  // namespace

RunReport run(std::shared_ptr<const std::vector<Workload>> workloads, const RunConfig& config,
              const std::function<void(const CaseEvent&, const RunProgress&)>& on_result) {
  auto shared = std::make_shared<Shared>(Shared{std::move(workloads), config});
  RunReport report;
  {
    // A judged case burns CPU; it does not wait. Its P stays with it until it
    // returns or its deadline passes (then the monitor hands the P on and the
    // thread is left behind), so -j N runs N cases at a time, not more.
    kata::sched::SchedulerOptions options;
    options.processors = std::max<std::size_t>(1, config.processors);
    options.blocking_grace = std::chrono::hours(24);
    kata::sched::Scheduler scheduler(options);
    report = scheduler.block_on(collect(shared, &on_result));
  }
  if (report.abandoned > 0) note_abandoned_threads(report.abandoned);
  return report;
}

}  // namespace kata::judge
