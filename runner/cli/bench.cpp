// kata bench: how the attempt's time grows with n, against the reference's.
#include <fstream>

#include <fmt/format.h>

#include <kata/attempt/bench.hpp>
#include <kata/attempt/references.hpp>
#include <kata/judge/growth.hpp>
#include <kata/judge/json.hpp>
#include <kata/judge/text.hpp>
#include <kata/practice/log.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

namespace fs = std::filesystem;
namespace growth = judge::growth;

struct BenchOptions {
  std::string slug;
  std::string file;        // the attempt (default practice/SLUG.cpp)
  bool reference = false;  // the reference alone
  int max_seconds = 10;
  std::uint64_t seed = 1;
  bool json = false;
  std::string svg;
  std::string log;
};

std::string fit_line(const std::optional<growth::Fit>& f) {
  if (!f) return "not benched";
  if (!f->best) return "cannot tell: " + f->why;
  return fmt::format("grows like {} (slope {:.2f} on log-log, {:.2f} to {:.2f} over the inputs)",
                     growth::name(*f->best), f->exponent, f->exponent_low, f->exponent_high);
}

std::vector<growth::Series> series_of(const attempt::BenchResult& r) {
  std::vector<growth::Series> out;
  auto add = [&](const char* label, char mark, bool attempt) {
    growth::Series s{label, mark, {}};
    for (const auto& size : r.sizes) {
      const auto& t = attempt ? size.attempt_seconds : size.reference_seconds;
      if (!t.empty()) s.samples.push_back({static_cast<double>(size.n), t});
    }
    if (!s.samples.empty()) out.push_back(std::move(s));
  };
  if (r.with_attempt) add("your attempt", 'a', true);
  add("reference", 'r', false);
  return out;
}

void print_text(const attempt::BenchResult& r, const judge::Style& style) {
  fmt::print("{}\n", style.paint(fmt::format("{} {:>12} {:>12} {:>8}", "        n",
                                             r.with_attempt ? "attempt" : "", "reference",
                                             r.with_attempt ? "ratio" : ""),
                                 "1"));
  for (const auto& s : r.sizes) {
    const double a = growth::median(s.attempt_seconds), ref = growth::median(s.reference_seconds);
    fmt::print("{:>9} {:>12} {:>12} {:>8}\n", s.n,
               s.attempt_seconds.empty() ? (r.with_attempt ? "-" : "") : growth::format_seconds(a),
               growth::format_seconds(ref),
               s.attempt_seconds.empty() || ref <= 0 ? "" : fmt::format("{:.1f}", a / ref));
  }
  if (!r.n_means.empty()) fmt::print("{}", judge::wrap("n: " + r.n_means, 80, "   "));
  fmt::print("\n");
  if (r.with_attempt)
    fmt::print("{} {}", style.paint("attempt:  ", "1"),
               judge::wrap(fit_line(r.attempt_fit), 69, std::string(11, ' ')));
  fmt::print("{} {}", style.paint("reference:", "1"),
             judge::wrap(fit_line(r.reference_fit), 69, std::string(11, ' ')));
  fmt::print("{} {}\n", style.paint("stated:   ", "1"),
             r.stated_text.empty() ? "none (problem.json states no \"complexity\")"
             : !r.stated           ? r.stated_text + " (not a cost in n alone: not compared)"
             : r.stated_growth.empty()
                 ? r.stated_text
                 : fmt::format("{}, {} as n grows", r.stated_text, growth::big_o(*r.stated)));
  if (r.stopped_at)
    fmt::print("{}", judge::wrap(fmt::format("(the attempt stopped at n = {}: {})", *r.stopped_at,
                                             r.stopped_why)));
  fmt::print("\n{}\n", growth::plot_text(series_of(r), 78, 14));
  fmt::print("{}", judge::wrap(attempt::bench_summary(r)));
}

int run_bench(const BenchOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  std::optional<fs::path> attempt;
  if (!o.reference) {
    attempt = attempt_file(*p, o.file);
    if (!attempt) return kUsage;
  }
  std::string why;
  const judge::Reference* ref = attempt::reference_for(*p, &why);
  if (!ref) {
    fmt::print(stderr, "kata: no reference for {}: {}\n", p->meta.slug, why);
    return kUsage;
  }
  attempt::BenchOptions opts;
  opts.max_seconds = o.max_seconds;
  opts.seed = o.seed;
  if (attempt) ctx.warn_if_not_isolated();
  if (!o.json)
    fmt::print("kata bench {}: {} at growing sizes, about {} s\n\n", p->meta.slug,
               attempt ? "your attempt and the reference" : "the reference", o.max_seconds);
  std::fflush(stdout);
  attempt::BenchResult r;
  try {
    r = attempt::bench(*p, *ref, attempt, opts);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: cannot bench {}: {}\n", p->meta.slug, e.what());
    return kUsage;
  }
  if (r.compile_error) {
    fmt::print("{}\n", r.stopped_why);
    return kFailed;
  }
  const auto& mine = attempt ? r.attempt_fit : r.reference_fit;
  const std::string fitted = mine && mine->best ? std::string(growth::name(*mine->best)) : "";
  const std::string stated = r.stated ? std::string(growth::name(*r.stated)) : "";
  if (o.json) {
    fmt::print("{}\n", judge::json_to_text(attempt::bench_json(r, p->meta.slug), 2));
  } else {
    print_text(r, ctx.style_out());
  }
  if (!o.svg.empty()) {
    std::ofstream out(o.svg);
    out << growth::plot_svg(series_of(r), p->meta.slug);
    if (!out) {
      fmt::print(stderr, "kata: cannot write {}\n", o.svg);
      return kUsage;
    }
  }
  try {
    practice::record_bench(log_path(o.log), p->meta, fitted, stated, !attempt);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the bench was not logged: {}\n", e.what());
  }
  return kOk;
}

}  // namespace

Verb bench_verb() {
  auto o = std::make_shared<BenchOptions>();
  Verb v("bench", "How your solution's time grows with n, against the reference's");
  slug_argument(v, &o->slug);
  v.option("--file", &o->file, "The attempt (default: practice/SLUG.cpp)");
  v.flag("--reference", &o->reference, "Bench the reference alone").not_with("--file");
  v.option("--max-seconds", &o->max_seconds, "About how long the run may take (default 10)")
      .between(1, 3600);
  v.option("--seed", &o->seed, "Seed of the inputs (default 1: the same inputs each run)");
  v.flag("--json", &o->json, "The timings and the fits as JSON");
  v.option("--svg", &o->svg, "Also write the log-log plot to this SVG file");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_bench(*o, ctx); };
  return v;
}

}  // namespace kata::cli
