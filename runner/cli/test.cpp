// kata test: judge a solution against a problem's cases (and any extra case files).
#include <fmt/format.h>

#include <kata/judge/judge.hpp>
#include <kata/judge/registry.hpp>

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
};

int run_test(const TestOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  if (!o.reference && !o.brute) {
    fmt::print(stderr,
               "kata: judging your own attempt needs `kata start` (not in this build yet); "
               "`kata test {} --reference` judges the reference solution\n",
               p->meta.slug);
    return kUsage;
  }
  const auto* ref = judge::references().find(p->meta.slug);
  if (!ref) {
    fmt::print(stderr, "kata: no reference solution for {} is compiled in; rebuild with ./kata\n",
               p->meta.slug);
    return kUsage;
  }
  std::vector<judge::LoadError> errors;
  auto cases = judge::load_cases(p->cases_file(), p->meta, errors);
  for (const auto& f : o.case_files) {
    auto more = judge::load_cases(f, p->meta, errors);
    cases.insert(cases.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
  }
  // A file that cannot be read or parsed is a file error; a broken case is an ERR
  // verdict for that case alone (its error is also listed here).
  bool file_error = false;
  for (const auto& e : errors) {
    fmt::print(stderr, "kata: {}\n", e.str());
    if (e.message.rfind("case \"", 0) != 0) file_error = true;
  }
  if (file_error) return kUsage;
  judge::expand_generated(cases, p->meta, *ref);
  judge::RunOptions run;
  run.time_limit_ms = o.time_limit_ms;
  const judge::Invoker& solve = o.brute ? ref->brute : ref->solve;
  if (!solve) {
    fmt::print(stderr, "kata: {} has no brute force compiled in\n", p->meta.slug);
    return kUsage;
  }
  auto result = judge::judge_cases(p->meta, cases, solve, ref->checker, run);
  if (o.json) fmt::print("{}\n", judge::to_json(result).dump(2));
  else judge::print_result(stdout, result, ctx.style_out());
  return result.verdict == judge::Verdict::AC ? kOk : kFailed;
}

}  // namespace

void setup_test(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<TestOptions>();
  auto* sub = app.add_subcommand("test", "Judge a solution against the problem's cases");
  sub->add_option("slug", o->slug, "The problem's slug or LeetCode number")->required();
  auto* reference =
      sub->add_flag("--reference", o->reference, "Judge the built-in reference solution");
  sub->add_flag("--brute", o->brute, "Judge the built-in brute force (checks the cases' answers)")
      ->excludes(reference);
  sub->add_option("--cases", o->case_files, "Also run the cases in this file (repeatable)")
      ->check(CLI::ExistingFile);
  sub->add_option("--time-limit", o->time_limit_ms, "Per-case time limit in ms")
      ->check(CLI::Range(1, 600000));
  sub->add_flag("--json", o->json, "One JSON object: problem, verdict, passed, total, cases");
  sub->callback([o, &ctx] { ctx.exit_code = run_test(*o, ctx); });
}

}  // namespace kata::cli
