// kata test: judge a solution against a problem's cases (and any extra case files).
#include <unistd.h>  // isatty

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <fmt/format.h>

#include <kata/attempt/attempt.hpp>
#include <kata/attempt/debug.hpp>
#include <kata/attempt/references.hpp>
#include <kata/attempt/watch.hpp>
#include <kata/judge/judge.hpp>
#include <kata/practice/log.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct TestOptions {
  std::string slug;
  bool reference = false;
  bool brute = false;
  std::vector<std::string> case_files;
  std::optional<int> time_limit_ms;
  bool json = false;
  bool fast = false;      // skip the sanitized build and run
  std::string seed;       // a concurrency kata's runs all use this seed (interleave.hpp)
  bool watch = false;     // judge again at each save until Ctrl-C
  bool all = false;       // every case in full, not LeetCode's first failure
  std::string only_case;  // --case NAME: that case alone
  std::string file;       // the attempt (default practice/SLUG.cpp)
  std::string log;        // the practice log (default $KATA_LOG or notes/practice-log.jsonl)
};

namespace fs = std::filesystem;

void log_attempt(const TestOptions& o, const judge::Problem& p, const judge::ProblemResult& r,
                 const fs::path& attempt) {
  try {
    practice::record_attempt(log_path(o.log), p.meta, r, attempt::hash_file(attempt),
                             attempt::display_path(fs::absolute(attempt)));
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the attempt was not logged: {}\n", e.what());
  }
}

// Judges the user's attempt in a sandboxed child (attempt::judge_attempt).
int run_attempt(const TestOptions& o, const judge::Problem& p, std::vector<judge::Case> cases,
                Context& ctx) {
  const auto found = attempt_file(p, o.file);
  if (!found) return kUsage;
  const fs::path& attempt = *found;
  const judge::Reference* ref = prepare_generated(p, cases);
  // In a mock interview, its problems get the count of cases passed and no more.
  const auto interview = running_interview(log_path(o.log), ctx.catalog());
  const bool interviewing =
      interview && std::find(interview->problems.begin(), interview->problems.end(), p.meta.slug) !=
                       interview->problems.end();
  attempt::AttemptOptions opts;
  opts.time_limit_ms = o.time_limit_ms;
  opts.sanitize = !o.fast;
  ctx.warn_if_not_isolated();
  attempt::AttemptResult a;
  try {
    a = attempt::judge_attempt(p.meta, attempt, cases, ref ? ref->checker : judge::Checker(), opts);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: cannot judge the attempt: {}\n", e.what());
    return kUsage;
  }
  if (interviewing) {
    const bool compiled = a.result.verdict != judge::Verdict::CE;
    if (o.json)
      fmt::print("{}\n", judge::json_to_text(judge::Json{{"passed", a.result.passed},
                                                         {"total", a.result.total},
                                                         {"compiled", compiled}},
                                             2));
    else if (!compiled)
      judge::print_result(stdout, a.result, ctx.style_out(), "");  // where it fails to compile
    else
      fmt::print("{} of {} cases passed (a mock interview: no more until it ends)\n",
                 a.result.passed, a.result.total);
  } else if (o.json) {
    auto j = judge::to_json(a.result);
    if (a.notes.not_run) j["not_run"] = a.notes.not_run;
    if (a.notes.protocol_broken) j["protocol_broken"] = true;
    j["sanitized"] = a.sanitized;
    if (a.unsanitized) j["unsanitized"] = a.unsanitized;
    fmt::print("{}\n", judge::json_to_text(j, 2));
  } else {
    bool compiled = a.result.verdict != judge::Verdict::CE;
    judge::print_result(stdout, a.result, ctx.style_out(),
                        o.all ? judge::Detail::every_case : judge::Detail::first_failure,
                        compiled && !a.sanitized ? "(not sanitized)" : "");
    if (a.notes.not_run)
      fmt::print("  ({}: {} later case{} not run)\n",
                 a.notes.protocol_broken ? "stopped: the attempt broke the judge's protocol"
                                         : "stopped at a limit, as LeetCode does",
                 a.notes.not_run, a.notes.not_run == 1 ? "" : "s");
    if (a.unsanitized)
      fmt::print("  ({} case{} too slow to finish under the sanitizers: not checked by them)\n",
                 a.unsanitized, a.unsanitized == 1 ? "" : "s");
  }
  log_attempt(o, p, a.result, attempt);
  // For `kata debug`: the first failing case (none on an AC or a CE).
  std::string first_failing;
  if (a.result.verdict != judge::Verdict::CE)
    for (const auto& c : a.result.cases)
      if (c.verdict != judge::Verdict::AC) {
        first_failing = c.name;
        break;
      }
  if (!interviewing)
    attempt::remember_failure(judge::practice_dir(), p.meta.slug, attempt, first_failing);
  return a.result.verdict == judge::Verdict::AC ? kOk : kFailed;
}

// --watch: judges now, then again each time the attempt is saved with other
// content (watch.hpp), until Ctrl-C. Each judgement is logged as one attempt.
// $KATA_WATCH_LIMIT=N stops after N judgements (for tests).
int watch_attempt(const TestOptions& o, const judge::Problem& p,
                  const std::vector<judge::Case>& cases, Context& ctx) {
  const fs::path attempt = o.file.empty() ? judge::attempt_path(p.meta.slug) : fs::path(o.file);
  std::unique_ptr<attempt::SaveWatch> watch;
  try {
    watch = std::make_unique<attempt::SaveWatch>(attempt);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: cannot watch {}: {}\n", attempt.string(), e.what());
    return kUsage;
  }
  attempt::SaveWatch::install_interrupt();
  const char* limit_env = std::getenv("KATA_WATCH_LIMIT");
  const int limit = limit_env ? std::atoi(limit_env) : 0;
  const bool terminal = isatty(fileno(stdout));
  int status = kOk;
  for (int judged = 1;; ++judged) {
    if (terminal) fmt::print("\033[2J\033[H");  // a clean screen for each verdict
    std::error_code ec;
    const std::string hash = fs::exists(attempt, ec) ? attempt::hash_file(attempt) : "";
    status = run_attempt(o, p, cases, ctx);
    if (limit > 0 && judged >= limit) break;
    fmt::print(stderr, "\nwatching {}: judged again at each save (Ctrl-C ends)\n",
               attempt::display_path(attempt));
    std::fflush(stdout);
    std::fflush(stderr);
    if (watch->next(hash) == attempt::SaveWatch::Event::interrupted) {
      fmt::print(stderr, "\n");
      return kOk;
    }
  }
  return status;
}

int run_test(const TestOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  if (!o.seed.empty()) {
    if (p->meta.kind != judge::ProblemMeta::Kind::concurrency) {
      fmt::print(stderr, "kata: --seed replays a concurrency problem's run; {} is not one\n",
                 p->meta.slug);
      return kUsage;
    }
    if (o.seed.find_first_not_of("0123456789") != std::string::npos || o.seed.size() > 20) {
      fmt::print(stderr, "kata: --seed takes the number a wrong run names, not \"{}\"\n", o.seed);
      return kUsage;
    }
    // Read by the harness (interleave.hpp), here and in the attempt's child.
    ::setenv("KATA_INTERLEAVE_SEED", o.seed.c_str(), 1);
  }
  const judge::Reference* ref = nullptr;
  if (o.reference || o.brute) {
    std::string why;
    ref = attempt::reference_for(*p, &why);
    if (!ref) {
      fmt::print(stderr, "kata: no reference for {}: {}\n", p->meta.slug, why);
      return kUsage;
    }
  }
  // What `kata stress` saved for this problem is part of judging the attempt, not a reference.
  auto loaded = judged_cases(*p, !o.reference && !o.brute, o.case_files);
  if (!loaded) return kUsage;
  std::vector<judge::Case> cases = std::move(*loaded);
  if (!o.only_case.empty() && !keep_only_case(*p, o.only_case, cases)) return kUsage;
  if (o.watch && !o.reference && !o.brute) return watch_attempt(o, *p, cases, ctx);
  if (!o.reference && !o.brute) return run_attempt(o, *p, std::move(cases), ctx);
  judge::expand_generated(cases, p->meta, *ref);
  judge::RunOptions run;
  run.time_limit_ms = o.time_limit_ms;
  const judge::Invoker& solve = o.brute ? ref->brute : ref->solve;
  if (!solve) {
    fmt::print(stderr, "kata: {} has no brute force (brute.cpp)\n", p->meta.slug);
    return kUsage;
  }
  auto result = judge::judge_cases(p->meta, cases, solve, ref->checker, run);
  if (o.json)
    fmt::print("{}\n", judge::json_to_text(judge::to_json(result), 2));
  else
    judge::print_result(stdout, result, ctx.style_out(),
                        o.all ? judge::Detail::every_case : judge::Detail::first_failure);
  return result.verdict == judge::Verdict::AC ? kOk : kFailed;
}

}  // namespace

Verb test_verb() {
  auto o = std::make_shared<TestOptions>();
  Verb v("test",
         "Judge your attempt (practice/SLUG.cpp) or the reference against the problem's cases");
  slug_argument(v, &o->slug);
  v.flag("--reference", &o->reference, "Judge the built-in reference solution");
  v.flag("--brute", &o->brute, "Judge the built-in brute force (checks the cases' answers)")
      .not_with("--reference");
  v.option("--cases", &o->case_files, "Also run the cases in this file (repeatable)")
      .file_must_exist();
  v.option("--time-limit", &o->time_limit_ms, "Per-case time limit in ms").between(1, 600000);
  v.flag("--watch", &o->watch, "Judge again each time the attempt is saved, until Ctrl-C")
      .not_with("--reference");
  v.flag("--all", &o->all,
         "Show every case, and each failure in full (default: the first failure in full, "
         "one line for each other)");
  v.option("--case", &o->only_case, "Run only the case of this name");
  v.flag("--json", &o->json, "One JSON object: problem, verdict, passed, total, cases");
  v.option("--file", &o->file, "The attempt to judge (default: practice/SLUG.cpp)")
      .not_with("--reference");
  v.flag("--fast", &o->fast,
         "Skip the AddressSanitizer + UBSan build and run (the verdict says \"not sanitized\")")
      .not_with("--reference");
  v.option("--seed", &o->seed,
           "A concurrency problem: every run uses this seed (the one a wrong run names), "
           "to replay it");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_test(*o, ctx); };
  return v;
}

}  // namespace kata::cli
