// kata run: every case of every selected problem, in parallel on the scheduler.
#include <unistd.h>  // isatty

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include <kata/attempt/references.hpp>
#include <kata/judge/run.hpp>
#include <kata/judge/text.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct RunOptions {
  std::vector<std::string> patterns;
  std::vector<std::string> problems;
  int jobs = 0;  // 0: every core
  std::optional<int> time_limit_ms;
  bool json = false;
  std::string junit;
};

// Where kata remembers what each case cost, so the next run starts the costliest
// first: next to the kata binary (build/run-costs.json), as ctest keeps its cost
// data in its build tree. KATA_RUN_COSTS names another file; empty turns it off.
std::filesystem::path costs_file() {
  if (const char* env = std::getenv("KATA_RUN_COSTS")) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path() / "run-costs.json";
}

// One line, redrawn in place on a terminal at most ten times a second.
class ProgressLine {
 public:
  explicit ProgressLine(bool live) : live_(live) {}
  void update(const judge::RunProgress& p) {
    if (!live_) return;
    if (p.done != p.total && p.elapsed_seconds - last_ < 0.1) return;
    last_ = p.elapsed_seconds;
    double rate = p.elapsed_seconds > 0 ? static_cast<double>(p.done) / p.elapsed_seconds : 0;
    double left = p.seconds_left >= 0 ? p.seconds_left
                  : rate > 0          ? static_cast<double>(p.total - p.done) / rate
                                      : 0;
    fmt::print(stderr, "\r\033[K{}/{} cases  {} failed  {:.0f}/s  {:.1f}s elapsed  ~{:.1f}s left",
               p.done, p.total, p.failed, rate, p.elapsed_seconds, left);
    std::fflush(stderr);
    drawn_ = true;
  }
  void clear() {
    if (drawn_) fmt::print(stderr, "\r\033[K");
  }

 private:
  bool live_;
  bool drawn_ = false;
  double last_ = -1;
};

// Within 80 columns: one row a pattern with its slowest case's time, then the
// slowest cases by name.
void print_table(const std::vector<judge::PatternRow>& rows, const judge::Style& style) {
  constexpr auto kRow = "{:<20} {:>8} {:>6} {:>6} {} {:>10} {:>10}\n";
  fmt::print(kRow, "pattern", "problems", "cases", "passed", "failed", "solve time", "slowest");
  for (const auto& r : rows) {
    std::string failed = fmt::format("{:>6}", r.failed);
    fmt::print(kRow, judge::clip(r.pattern, 20), r.problems, r.cases, r.passed,
               r.failed ? style.paint(failed, "1;31") : failed, judge::format_duration(r.solve_ms),
               judge::format_duration(r.slowest_ms));
  }
  std::vector<const judge::PatternRow*> slow;
  for (const auto& r : rows)
    if (!r.slowest_case.empty()) slow.push_back(&r);
  std::sort(slow.begin(), slow.end(),
            [](const auto* a, const auto* b) { return a->slowest_ms > b->slowest_ms; });
  if (slow.size() > 3) slow.resize(3);
  if (!slow.empty()) fmt::print("slowest:\n");
  for (const auto* r : slow)
    fmt::print("  {:>10}  {}\n", judge::format_duration(r->slowest_ms),
               judge::clip(r->slowest_case, 66));
}

int run_run(const RunOptions& o, Context& ctx) {
  const auto& catalog = ctx.catalog();
  ctx.report_catalog_errors();
  std::vector<const judge::Problem*> chosen;
  auto all_patterns = catalog.patterns();
  for (const auto& p : o.patterns)
    if (std::find(all_patterns.begin(), all_patterns.end(), p) == all_patterns.end()) {
      fmt::print(stderr, "kata: no pattern \"{}\"; the patterns are: {}\n", p,
                 fmt::join(all_patterns, ", "));
      return kUsage;
    }
  for (const auto& slug : o.problems)
    if (!ctx.problem_or_suggest(slug)) return kUsage;
  for (const auto& p : catalog.problems) {
    bool by_pattern =
        std::find(o.patterns.begin(), o.patterns.end(), p.meta.pattern) != o.patterns.end();
    bool by_slug = std::find_if(o.problems.begin(), o.problems.end(), [&](const auto& s) {
                     return catalog.find(s) == &p;
                   }) != o.problems.end();
    if ((o.patterns.empty() && o.problems.empty()) || by_pattern || by_slug) chosen.push_back(&p);
  }
  judge::RunConfig config;
  if (o.jobs > 0) config.processors = static_cast<std::size_t>(o.jobs);
  auto workloads = std::make_shared<const std::vector<judge::Workload>>(attempt::reference_workloads(
      chosen, config.processors, [](std::size_t done, std::size_t total) {
        if (!isatty(2)) return;
        fmt::print(stderr, "\rkata: compiling the references (first use): {}/{}", done, total);
        if (done == total) fmt::print(stderr, "\r\033[K");
      }));
  for (const auto& w : *workloads)
    for (const auto& e : w.errors)
      fmt::print(stderr, "kata: {}: not run: {}\n", w.meta.slug, e.str());

  const auto costs = costs_file();
  if (!costs.empty()) config.costs = judge::read_costs(costs);
  config.time_limit_ms = o.time_limit_ms;
  config.keep_passing_answers = o.json;  // the table and JUnit show only failures' answers
  auto style = ctx.style_out();
  bool live = !o.json && isatty(fileno(stderr));
  ProgressLine line(live);
  std::size_t printed_failures = 0;
  auto report =
      judge::run(workloads, config, [&](const judge::CaseEvent& e, const judge::RunProgress& p) {
        if (!live && !o.json && e.result.verdict != judge::Verdict::AC && printed_failures++ < 50)
          fmt::print("{} {}/{}\n", judge::to_string(e.result.verdict),
                     (*workloads)[e.workload].meta.slug, e.result.name);
        line.update(p);
      });
  line.clear();
  if (!costs.empty())
    judge::write_costs(costs, report.costs);  // a cache: a failure costs only order

  if (!o.junit.empty()) {
    std::ofstream out(o.junit);
    out << judge::run_to_junit(*workloads, report);
    if (!out) {
      fmt::print(stderr, "kata: cannot write {}\n", o.junit);
      return kUsage;
    }
  }
  // A problem folder the catalog could not read is a problem that did not run.
  bool ok = report.failed == 0 && report.broken == 0 && catalog.errors.empty();
  if (o.json) {
    fmt::print("{}\n", judge::json_to_text(judge::run_to_json(*workloads, report), 2));
    return ok ? kOk : kFailed;
  }
  print_table(judge::summarize_by_pattern(*workloads, report), style);
  for (std::size_t wi = 0; wi < workloads->size(); ++wi) {
    const auto& p = report.problems[wi];
    if (p.passed == p.total) continue;
    judge::ProblemResult failures = p;
    std::erase_if(failures.cases, [](const auto& c) { return c.verdict == judge::Verdict::AC; });
    fmt::print("\n{}\n", style.paint((*workloads)[wi].meta.slug, "1"));
    judge::print_result(stdout, failures, style);
  }
  fmt::print("\n{} passed, {} failed", report.passed, report.failed);
  if (report.broken)
    fmt::print(" ({} problem{} could not run)", report.broken, report.broken == 1 ? "" : "s");
  if (!catalog.errors.empty())
    fmt::print(" ({} error{} in the catalog, above)", catalog.errors.size(),
               catalog.errors.size() == 1 ? "" : "s");
  fmt::print("  ({:.2f}s, -j {})\n", report.wall_seconds, config.processors);
  return ok ? kOk : kFailed;
}

}  // namespace

Verb run_verb() {
  auto o = std::make_shared<RunOptions>();
  Verb v("run", "Judge every case of a pattern (or all) in parallel");
  v.option("--pattern", &o->patterns, "Only this pattern (repeatable)");
  v.option("--problem", &o->problems, "Only this problem (repeatable)");
  v.option("-j,--jobs", &o->jobs, "Processors to run on (default: every core)").between(1, 256);
  v.option("--time-limit", &o->time_limit_ms, "Per-case time limit in ms, for every problem")
      .between(1, 600000);
  v.flag("--json", &o->json, "One object per problem plus totals");
  v.option("--junit", &o->junit, "Also write JUnit XML to this file");
  v.run = [o](Context& ctx) { return run_run(*o, ctx); };
  return v;
}

}  // namespace kata::cli
