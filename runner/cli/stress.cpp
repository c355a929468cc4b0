// kata stress: random inputs, the attempt against the brute force; shrink and save a failure.
#include <fmt/core.h>

#include <kata/attempt/references.hpp>
#include <kata/attempt/stress.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

namespace fs = std::filesystem;

struct StressOptions {
  std::string slug;
  std::string file;
  std::uint64_t seed = 1;
  int iterations = 300;
  bool fast = false;  // without the sanitizers
};

int run_stress(const StressOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  std::string why;
  const auto* ref = attempt::reference_for(*p, &why);
  if (!ref) {
    fmt::print(stderr, "kata: no reference for {}: {}\n", p->meta.slug, why);
    return kUsage;
  }
  fs::path attempt = o.file.empty() ? judge::attempt_path(p->meta.slug) : fs::path(o.file);
  std::error_code ec;
  if (!fs::is_regular_file(attempt, ec)) {
    fmt::print(stderr, "kata: no attempt at {}; `kata start {}` writes one\n",
               attempt::display_path(attempt), p->meta.slug);
    return kUsage;
  }
  attempt::StressOptions so;
  so.seed = o.seed;
  so.iterations = o.iterations;
  so.attempt.sanitize = !o.fast;
  attempt::StressResult r;
  try {
    r = attempt::stress(p->meta, *ref, attempt, so);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: {}\n", e.what());
    return kUsage;
  }
  auto style = ctx.style_out();
  if (!r.error.empty()) {
    fmt::print(stderr, "kata: {}\n", r.error);
    return kUsage;
  }
  if (!r.build.ok) {
    fmt::print("{} {}\n{}\n", style.verdict(judge::Verdict::CE), p->meta.slug, r.build.error);
    return kFailed;
  }
  if (!r.shrunk) {
    fmt::print("{} {}: {} random inputs (seed {}) all agree with the brute force\n",
               style.verdict(judge::Verdict::AC), p->meta.slug, r.inputs_run, o.seed);
    return kOk;
  }
  const auto& v = *r.verdict;
  fmt::print("{} {}: the attempt disagrees with the brute force (seed {}, {} inputs tried)\n",
             style.verdict(v.verdict), p->meta.slug, o.seed, r.inputs_run);
  fmt::print("  first failing input  {}\n", judge::dump_short(r.original->input, 200));
  fmt::print("  shrunk to            {}\n", judge::dump_short(r.shrunk->input, 200));
  if (r.shrunk->expected)
    fmt::print("  expected (brute)     {}\n", judge::dump_short(*r.shrunk->expected, 200));
  if (v.got) fmt::print("  got                  {}\n", judge::dump_short(*v.got, 200));
  if (!v.message.empty())
    fmt::print("  {}  {}\n",
               v.verdict == judge::Verdict::WA ? "diff               " : "why                ",
               v.message);
  fs::path cases = judge::saved_cases_path(p->meta.slug);
  try {
    std::string name = attempt::save_case(cases, *r.shrunk);
    fmt::print("  saved as \"{}\" in {}: `kata test {}` runs it from now on\n", name,
               attempt::display_path(cases), p->meta.slug);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: the case was not saved: {}\n", e.what());
  }
  return kFailed;
}

}  // namespace

Verb stress_verb() {
  auto o = std::make_shared<StressOptions>();
  Verb v("stress",
         "Random inputs: your attempt against the brute force; shrinks and saves a failure");
  slug_argument(v, &o->slug);
  v.option("--file", &o->file, "The attempt (default: practice/SLUG.cpp)");
  v.option("--seed", &o->seed, "Seed of the random inputs (same seed, same inputs)");
  v.option("--iterations", &o->iterations, "How many random inputs").between(1, 1000000);
  v.flag("--fast", &o->fast,
         "Without AddressSanitizer + UBSan (a memory error is then caught only if it crashes)");
  v.run = [o](Context& ctx) { return run_stress(*o, ctx); };
  return v;
}

}  // namespace kata::cli
