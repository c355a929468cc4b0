// kata stress: random inputs, the attempt against the brute force; shrink and save a
// failure. A concurrency problem's stress is its cases under ever new seeds.
#include <charconv>
#include <cstdio>
#include <optional>

#include <fmt/format.h>

#include <kata/attempt/references.hpp>
#include <kata/attempt/stress.hpp>
#include <kata/judge/report.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

namespace fs = std::filesystem;

struct StressOptions {
  std::string slug;
  std::string file;
  std::string seed;  // empty: a random seed (--seed takes all of 0..2^64-1, so no number can mean "none")
  int iterations = 300;
  int seconds = 60;   // a concurrency problem's search
  bool fast = false;  // without the sanitizers
};

std::optional<std::uint64_t> parse_seed(const std::string& text) {
  std::uint64_t seed = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seed);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return seed;
}

// A concurrency problem: its cases, round after round, each under seeds moved by
// another base (attempt::stress_interleavings), until one fails or time is up.
int run_interleaving_stress(const StressOptions& o, const judge::Problem& p,
                            const fs::path& attempt, Context& ctx) {
  auto loaded = judged_cases(p, false, {});
  if (!loaded) return kUsage;
  std::vector<judge::Case> cases = std::move(*loaded);
  const judge::Reference* ref = prepare_generated(p, cases);
  attempt::InterleavingStressOptions so;
  so.first_base = o.seed.empty() ? attempt::random_seed() : parse_seed(o.seed).value();
  so.budget = std::chrono::seconds(o.seconds);
  so.attempt.sanitize = !o.fast;
  fmt::print("{}: every case, round after round under new seeds, until one fails or {} s "
             "pass\nfirst base {}; --seed {} repeats this search\n",
             p.meta.slug, o.seconds, so.first_base, so.first_base);
  std::fflush(stdout);
  ctx.warn_if_not_isolated();
  attempt::InterleavingStressResult r;
  try {
    r = attempt::stress_interleavings(p.meta, attempt, cases,
                                      ref ? ref->checker : judge::Checker(), so);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: cannot judge the attempt: {}\n", e.what());
    return kUsage;
  }
  auto style = ctx.style_out();
  const std::string sanitized =
      r.sanitized_rounds ? fmt::format(", {} of them also under ThreadSanitizer", r.sanitized_rounds)
                         : std::string();
  if (!r.failure) {
    fmt::print("{} {}: {} round{} (bases {} to {}{}), every case right in each\n",
               style.verdict(judge::Verdict::AC), p.meta.slug, r.rounds, r.rounds == 1 ? "" : "s",
               so.first_base, r.last_base, sanitized);
    return kOk;
  }
  judge::print_result(stdout, r.failure->result, style, judge::Detail::first_failure,
                      r.failure->sanitized ? "" : "(not sanitized)");
  if (r.failure->result.verdict != judge::Verdict::CE)
    fmt::print("  found in round {} (base {}){}; the seed the failure names replays its run: "
               "`kata test {} --seed S`\n",
               r.rounds, r.last_base, sanitized, p.meta.slug);
  return kFailed;
}

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
    // Only the default path is what `kata start` writes: a --file path is the user's own.
    if (o.file.empty())
      fmt::print(stderr, "kata: no attempt at {}; `kata start {}` writes one\n",
                 attempt::display_path(attempt), p->meta.slug);
    else
      fmt::print(stderr, "kata: {}: {}\n", o.file,
                 fs::exists(attempt, ec) ? "not a regular file" : "no such file");
    return kUsage;
  }
  if (p->meta.kind == judge::ProblemMeta::Kind::concurrency)
    return run_interleaving_stress(o, *p, attempt, ctx);
  attempt::StressOptions so;
  so.seed = o.seed.empty() ? attempt::random_seed() : parse_seed(o.seed).value();
  so.iterations = o.iterations;
  so.attempt.sanitize = !o.fast;
  // First, so that even a run cut short can be replayed.
  fmt::print("seed {}; replay with --seed {}\n", so.seed, so.seed);
  std::fflush(stdout);
  ctx.warn_if_not_isolated();
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
    fmt::print("{} {}: {} random input{} all agree with the brute force\n",
               style.verdict(judge::Verdict::AC), p->meta.slug, r.inputs_run,
               r.inputs_run == 1 ? "" : "s");
    return kOk;
  }
  const auto& v = *r.verdict;
  std::string tried = r.inputs_run == 1 ? "the first input"
                                        : fmt::format("{} inputs tried; the last", r.inputs_run);
  fmt::print("{} {}: {} disagrees with the brute force (its seed {})\n", style.verdict(v.verdict),
             p->meta.slug, tried, r.failing_seed);
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
  fmt::print("  `kata stress {} --seed {}` starts with that input and shrinks it the same way\n",
             p->meta.slug, r.failing_seed);
  return kFailed;
}

}  // namespace

Verb stress_verb() {
  auto o = std::make_shared<StressOptions>();
  Verb v("stress",
         "Random inputs: your attempt against the brute force; shrinks and saves a failure "
         "(a concurrency problem: its cases under new seeds until one fails)");
  slug_argument(v, &o->slug);
  v.option("--file", &o->file, "The attempt (default: practice/SLUG.cpp)");
  v.option("--seed", &o->seed,
           "Seed of the random inputs: the same seed gives the same inputs (default: a new "
           "random seed each run, printed first). A failure saved as stress-seed-N comes "
           "back first with --seed N")
      .checked("N", [](const std::string& s) -> std::string {
        return parse_seed(s) ? "" : "wants a number from 0 to 2^64-1, got \"" + s + "\"";
      });
  v.option("--iterations", &o->iterations, "How many random inputs").between(1, 1000000);
  v.option("--time", &o->seconds,
           "A concurrency problem: seconds to search for a failing interleaving (its cases, "
           "round after round under new seeds; --seed N starts from base N)")
      .between(1, 86400);
  v.flag("--fast", &o->fast,
         "Without AddressSanitizer + UBSan (a memory error is then caught only if it crashes)");
  v.run = [o](Context& ctx) { return run_stress(*o, ctx); };
  return v;
}

}  // namespace kata::cli
