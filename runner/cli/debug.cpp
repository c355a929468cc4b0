// kata debug: the attempt built for a debugger and stopped at its method on one case.
#include <unistd.h>  // readlink

#include <algorithm>

#include <fmt/format.h>

#include <kata/attempt/attempt.hpp>
#include <kata/attempt/debug.hpp>
#include <kata/judge/compare.hpp>
#include <kata/judge/judge.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

namespace fs = std::filesystem;

struct DebugOptions {
  std::string slug;
  std::string case_name;  // empty: the first case that fails now
  std::string file;       // the attempt (default practice/SLUG.cpp)
  bool prepare = false;   // build and write the files, do not start gdb (an editor's task)
  bool batch = false;     // gdb without its prompt: the arguments, the answer, done
};

// How an editor's task runs kata: the ./kata launcher beside the build tree
// (it rebuilds kata when needed), else this very executable.
std::string kata_command() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "kata";
  fs::path exe(std::string(buf, static_cast<std::size_t>(n)));
  std::error_code ec;
  for (const fs::path& launcher : {exe.parent_path().parent_path() / "kata"})
    if (fs::is_regular_file(launcher, ec) && launcher != exe) return launcher.string();
  return exe.string();
}

// The case to stop in: the one named (`cases` holds it alone), else the first
// that failed in the last `kata test` of this attempt (unchanged since), else
// the first that fails in a quick judge now (no sanitizers), else the first. nullopt after a
// message (a compile error, no cases).
std::optional<judge::Case> choose_case(const DebugOptions& o, const judge::Problem& p,
                                       const fs::path& attempt, std::vector<judge::Case> cases,
                                       Context& ctx) {
  if (!o.case_name.empty()) {  // run_debug kept that case alone
    prepare_generated(p, cases);
    return cases.front();
  }
  // The first failing case of the last `kata test` of this very attempt.
  if (auto last = attempt::remembered_failure(judge::practice_dir(), p.meta.slug, attempt)) {
    auto it = std::find_if(cases.begin(), cases.end(),
                           [&](const judge::Case& c) { return c.name == *last; });
    if (it != cases.end()) {
      std::vector<judge::Case> one{*it};
      prepare_generated(p, one);
      fmt::print("kata: case \"{}\" is the first that failed in your last kata test\n", *last);
      return one.front();
    }
  }
  const judge::Reference* ref = prepare_generated(p, cases);
  attempt::AttemptOptions opts;
  opts.sanitize = false;
  ctx.warn_if_not_isolated();
  attempt::AttemptResult a =
      attempt::judge_attempt(p.meta, attempt, cases, ref ? ref->checker : judge::Checker(), opts);
  if (a.result.verdict == judge::Verdict::CE) {
    judge::print_result(stdout, a.result, ctx.style_out(), "");
    return std::nullopt;
  }
  for (const auto& r : a.result.cases) {
    if (r.verdict == judge::Verdict::AC) continue;
    auto it = std::find_if(cases.begin(), cases.end(),
                           [&](const judge::Case& c) { return c.name == r.name; });
    if (it == cases.end()) continue;
    fmt::print("kata: case \"{}\" is the first that fails ({})\n", it->name,
               judge::to_string(r.verdict));
    return *it;
  }
  if (cases.empty()) {
    fmt::print(stderr, "kata: {} has no cases to debug\n", p.meta.slug);
    return std::nullopt;
  }
  fmt::print("kata: every case passes; debugging the first, \"{}\"\n", cases.front().name);
  return cases.front();
}

// After gdb: what the method answered against what was expected.
void print_answer(const attempt::DebugPlan& plan, const judge::Problem& p, const judge::Case& c) {
  attempt::DebugAnswer a = attempt::read_debug_answer(plan.answer);
  if (!a.present) {
    fmt::print("kata: the case did not finish (the program was stopped or crashed)\n");
    return;
  }
  if (!a.error.empty()) {
    fmt::print("kata: the case ended in an error: {}\n", a.error);
    return;
  }
  fmt::print("your answer: {}\n", judge::json_to_text(a.answer));
  if (!c.expected) return;
  fmt::print("expected:    {}\n", judge::json_to_text(*c.expected));
  // Only a plain answer can be compared here: a checker or an in-place argument
  // is judged by `kata test`.
  if (p.meta.comparator.kind == judge::Comparator::Kind::checker ||
      !judge::call_options(p.meta).report_args.empty())
    return;
  auto diff = judge::compare(*c.expected, a.answer, p.meta.comparator);
  if (diff)
    fmt::print("kata: they differ{}: {}\n", diff->path.empty() ? "" : " at " + diff->path,
               diff->what);
  else
    fmt::print("kata: they are the same\n");
}

int run_debug(const DebugOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  const auto attempt = attempt_file(*p, o.file);
  if (!attempt) return kUsage;
  if (!o.prepare && !attempt::find_program("gdb")) {
    fmt::print(stderr,
               "kata: kata debug runs gdb, which is not installed: `sudo apt-get install gdb` "
               "(./kata debug installs it when run as root)\n");
    return kUsage;
  }
  auto cases = judged_cases(*p, true, {});
  if (!cases) return kUsage;
  if (!o.case_name.empty() && !keep_only_case(*p, o.case_name, *cases)) return kUsage;
  attempt::DebugPlan plan;
  std::optional<judge::Case> c;
  try {
    c = choose_case(o, *p, *attempt, std::move(*cases), ctx);
    if (!c) return kFailed;
    if (c->error) {
      fmt::print(stderr, "kata: case \"{}\" cannot run: {}\n", c->name, *c->error);
      return kFailed;
    }
    plan = attempt::prepare_debug(p->meta, *attempt, *c, judge::practice_dir() / ".debug", o.batch);
    auto written = attempt::write_editor_files(judge::practice_dir(), kata_command());
    if (!written.empty())
      fmt::print(
          "kata: wrote {}{} (F5 in an editor debugs the open file's case)\n",
          attempt::display_path(written.front().parent_path()) + "/",
          written.size() == 1 ? written.front().filename().string() : "tasks.json and launch.json");
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: cannot build the attempt for debugging: {}\n", e.what());
    return kUsage;
  }
  if (!plan.build.ok) {
    fmt::print("{}\n", plan.build.error);
    return kFailed;
  }
  if (o.prepare) {
    fmt::print("kata: {} is ready to debug on case \"{}\": {} {} 3 0\n", p->meta.slug, c->name,
               attempt::display_path(plan.runner), attempt::display_path(plan.cases));
    return kOk;
  }
  std::fflush(stdout);  // before gdb writes to the same terminal
  int status = attempt::run_debugger(plan.command);
  if (status == 127) {
    fmt::print(stderr, "kata: could not start gdb\n");
    return kUsage;
  }
  print_answer(plan, *p, *c);
  return kOk;
}

}  // namespace

Verb debug_verb() {
  auto o = std::make_shared<DebugOptions>();
  Verb v("debug", "Stop in gdb at your method on a case (default: the first that fails)");
  slug_argument(v, &o->slug);
  v.option("case", &o->case_name, "The case's name (as `kata test` shows it)");
  v.option("--file", &o->file, "The attempt (default: practice/SLUG.cpp)");
  v.flag("--prepare", &o->prepare,
         "Build and write practice/.debug/ without starting gdb (an editor's task)");
  v.flag("--batch", &o->batch, "No prompt: print the method's arguments and the answer");
  v.run = [o](Context& ctx) { return run_debug(*o, ctx); };
  return v;
}

}  // namespace kata::cli
