// Judging one case, and a problem's cases under a watchdog.
#include "kata/judge/judge.hpp"

#include <kata/judge/interleave.hpp>
#include <kata/judge/run.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace kata::judge {

std::string_view to_string(Verdict v) {
  switch (v) {
    case Verdict::AC:
      return "AC";
    case Verdict::WA:
      return "WA";
    case Verdict::TLE:
      return "TLE";
    case Verdict::MLE:
      return "MLE";
    case Verdict::RE:
      return "RE";
    case Verdict::CE:
      return "CE";
    case Verdict::ERR:
      return "ERR";
  }
  return "?";
}

std::optional<Verdict> verdict_from_string(std::string_view s) {
  for (auto v : {Verdict::AC, Verdict::WA, Verdict::TLE, Verdict::MLE, Verdict::RE, Verdict::CE,
                 Verdict::ERR})
    if (to_string(v) == s) return v;
  return std::nullopt;
}

CallOptions call_options(const ProblemMeta& meta) {
  CallOptions o;
  if (meta.answer_arg >= 0) o.report_args.push_back(meta.answer_arg);
  for (int i : meta.unmodified_args) o.report_args.push_back(i);
  return o;
}

namespace {

// The answer of a call: the return value, or the argument a void method fills in.
Json answer_of(const ProblemMeta& meta, Outcome& out) {
  return meta.answer_arg >= 0 ? std::move(out.args_after.at(0)) : std::move(out.answer);
}

std::string exception_message() {
  try {
    throw;
  } catch (const std::exception& e) {
    return std::string("uncaught exception: ") + e.what();
  } catch (...) {
    return "uncaught exception of a non-standard type";
  }
}

}  // namespace

namespace {

// judge_case without the input and the expected answer: judge_case copies those
// only where they are wanted (a maximum-size input copied for every passing case
// was most of a run's work). With `own`, the call's answer is the expected one
// (judge_own_answer): there is nothing to compare, and with_answers copies it
// into expected where the result shows it.
CaseResult judge_case_without_input(const ProblemMeta& meta, const Case& c, const Invoker& solve,
                                    const Checker& checker, int time_limit_ms, bool own) {
  CaseResult r;
  r.name = c.name;
  r.file = c.file;
  r.line = c.line;
  if (c.error) {
    r.verdict = Verdict::ERR;
    r.message = *c.error;
    return r;
  }
  Outcome out;
  try {
    out = solve(c.input, call_options(meta));
  } catch (const InputError& e) {
    r.verdict = Verdict::ERR;
    r.message = std::string("the input does not fit the signature: ") + e.what();
    return r;
  } catch (const OutputError& e) {
    r.verdict = Verdict::WA;
    r.message = e.what();
    return r;
  } catch (const interleave::Stuck& e) {  // a concurrency harness's run made no progress
    r.verdict = Verdict::TLE;
    r.message = std::string("deadlock: ") + e.what();
    return r;
  } catch (...) {
    r.verdict = Verdict::RE;
    r.message = exception_message();
    return r;
  }
  r.time_ms = out.seconds * 1e3;
  r.got = answer_of(meta, out);
  if (r.time_ms > time_limit_ms) {
    r.verdict = Verdict::TLE;
    r.message = "took " + std::to_string(static_cast<long>(r.time_ms)) + " ms; the limit is " +
                std::to_string(time_limit_ms) + " ms";
    return r;
  }
  std::size_t first_kept = meta.answer_arg >= 0 ? 1 : 0;
  for (std::size_t k = 0; k < meta.unmodified_args.size(); ++k) {
    int arg = meta.unmodified_args[k];
    if (out.args_after.at(first_kept + k) != c.input[static_cast<std::size_t>(arg)]) {
      r.verdict = Verdict::WA;
      r.message = "the solution modified its input \"" +
                  meta.method.params[static_cast<std::size_t>(arg)].name +
                  "\", which the problem forbids";
      return r;
    }
  }
  const Json* expected = own ? &*r.got : c.expected ? &*c.expected : nullptr;
  if (meta.comparator.kind == Comparator::Kind::checker) {
    if (!checker) {
      r.verdict = Verdict::ERR;
      r.message = "the problem's comparator is \"checker\" but it has no checker";
      return r;
    }
    try {
      std::string why = checker(c.input, expected ? *expected : Json(), *r.got);
      if (!why.empty()) {
        r.verdict = Verdict::WA;
        r.message = why;
      }
    } catch (const std::exception& e) {
      r.verdict = Verdict::WA;
      r.message = std::string("the checker rejected the answer: ") + e.what();
    }
    return r;
  }
  if (own) return r;  // the answer is the expected one
  if (!expected) {
    r.verdict = Verdict::ERR;
    r.message = "the case has no expected answer";
    return r;
  }
  if (auto d = compare(*expected, *r.got, meta.comparator)) {
    r.verdict = Verdict::WA;
    r.got_explains = meta.kind == ProblemMeta::Kind::concurrency && r.got->is_string();
    if (!r.got_explains) r.message = d->path.empty() ? d->what : "at " + d->path + ": " + d->what;
  }
  return r;
}

// What a result keeps: failures everything, passing cases per `answers`. With
// `own`, the expected answer is the one the call gave.
CaseResult with_answers(CaseResult r, const Case& c, Answers answers, bool own) {
  bool keep = r.verdict != Verdict::AC || answers == Answers::kept;
  if (!keep) {
    r.got.reset();
    return r;
  }
  if (r.verdict != Verdict::AC) r.input = c.input;
  r.expected = own ? r.got : c.expected;
  return r;
}

}  // namespace

CaseResult judge_case(const ProblemMeta& meta, const Case& c, const Invoker& solve,
                      const Checker& checker, int time_limit_ms, Answers answers) {
  return with_answers(judge_case_without_input(meta, c, solve, checker, time_limit_ms, false), c,
                      answers, false);
}

CaseResult judge_own_answer(const ProblemMeta& meta, const Case& c, const Invoker& solve,
                            const Checker& checker, int time_limit_ms, Answers answers) {
  return with_answers(judge_case_without_input(meta, c, solve, checker, time_limit_ms, true), c,
                      answers, true);
}

void generate_input(Case& c, const Reference& ref) {
  if (!c.generate || c.error) return;
  try {
    if (!ref.generate) throw std::runtime_error("the problem has no generator");
    kata::gen::Random rng(c.generate->seed);
    rng.set_full_size(c.generate->full_size);
    c.input = ref.generate(rng, c.generate->size);
  } catch (const std::exception& e) {
    c.error = std::string("cannot generate this case: ") + e.what();
  }
}

void expand_generated(std::vector<Case>& cases, const ProblemMeta& meta, const Reference& ref) {
  for (auto& c : cases) {
    if (!c.generate || c.error) continue;
    generate_input(c, ref);
    if (c.error || c.expected) continue;
    try {
      Outcome out = ref.solve(c.input, call_options(meta));
      c.expected = answer_of(meta, out);
    } catch (const std::exception& e) {
      c.error = std::string("cannot generate this case: ") + e.what();
    }
  }
}

ProblemResult summarize(std::string problem, std::vector<CaseResult> cases) {
  ProblemResult p;
  p.problem = std::move(problem);
  p.total = static_cast<int>(cases.size());
  for (const auto& c : cases) {
    if (c.verdict == Verdict::AC)
      ++p.passed;
    else if (p.verdict == Verdict::AC)
      p.verdict = c.verdict;
  }
  p.cases = std::move(cases);
  return p;
}

namespace {

std::atomic<int> g_abandoned{0};

}  // namespace

// One engine for time limits: a problem's cases are a run of one workload on one
// processor (run.hpp), whose watchdog turns a case that does not return into TLE.
ProblemResult judge_cases(const ProblemMeta& meta, const std::vector<Case>& cases,
                          const Invoker& solve, const Checker& checker, const RunOptions& opts) {
  auto workloads = std::make_shared<std::vector<Workload>>(1);
  Workload& w = (*workloads)[0];
  w.meta = meta;
  w.cases = cases;
  w.solve = solve;
  w.checker = checker;
  RunConfig config;
  config.processors = 1;
  config.time_limit_ms = opts.time_limit_ms;
  config.keep_passing_answers = true;
  RunReport report = run(workloads, config);
  return std::move(report.problems.at(0));
}

bool threads_abandoned() {
  return g_abandoned.load(std::memory_order_relaxed) > 0;
}

void note_abandoned_threads(std::size_t n) {
  g_abandoned.fetch_add(static_cast<int>(n), std::memory_order_relaxed);
}

}  // namespace kata::judge
