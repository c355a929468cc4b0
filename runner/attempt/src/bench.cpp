// kata bench: sizes, inputs, both solutions timed by turns, the fits (bench.hpp).
#include "kata/attempt/bench.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

#include <kata/judge/judge.hpp>

namespace kata::attempt {

namespace growth = judge::growth;
using Clock = std::chrono::steady_clock;

namespace {

// The generated inputs of one size, answered by the reference.
std::vector<judge::Case> inputs_of_size(const judge::Problem& p, const judge::Reference& ref, int n,
                                        int count, std::uint64_t seed) {
  std::vector<judge::Case> cases;
  for (int r = 0; r < count; ++r) {
    judge::Case c;
    c.name = fmt::format("n={} #{}", n, r + 1);
    // A seed per (run seed, size, repetition): splitmix64's constants mix them.
    std::uint64_t s = seed * 0x9E3779B97F4A7C15ULL +
                      static_cast<std::uint64_t>(n) * 0xBF58476D1CE4E5B9ULL +
                      static_cast<std::uint64_t>(r) * 0x94D049BB133111EBULL;
    c.generate = judge::Case::Generated{s, n, /*full_size=*/true};
    cases.push_back(std::move(c));
  }
  judge::expand_generated(cases, p.meta, ref);
  for (const auto& c : cases)
    if (c.error) throw std::runtime_error(fmt::format("at n = {}: {}", n, *c.error));
  return cases;
}

// "O(n) expected" -> "O(n)": the cost itself, without the words after it.
std::string big_o_part(const std::string& text) {
  std::size_t from = text.find("O(");
  if (from == std::string::npos) return text;
  int depth = 0;
  for (std::size_t i = from + 1; i < text.size(); ++i) {
    depth += text[i] == '(' ? 1 : text[i] == ')' ? -1 : 0;
    if (depth == 0) return text.substr(from, i + 1 - from);
  }
  return text;
}

// The first sentence of the comment gen.cpp opens with ("// size: the side of
// the square grid, from 1 to 20 ..." -> "the side of the square grid, from 1 to 20").
std::string size_meaning(const std::filesystem::path& gen) {
  std::ifstream in(gen);
  std::string text;
  for (std::string line; std::getline(in, line) && line.rfind("//", 0) == 0;)
    text += (text.empty() ? "" : " ") +
            line.substr(std::min(line.size(), line.find_first_not_of("/ ")));
  if (text.rfind("size:", 0) != 0) return "";
  text = text.substr(std::min(text.size(), text.find_first_not_of(' ', 5)));
  if (std::size_t stop = text.find(". "); stop != std::string::npos) text.resize(stop);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

std::vector<growth::Sample> samples(const std::vector<BenchSize>& sizes, bool attempt) {
  std::vector<growth::Sample> out;
  for (const auto& s : sizes) {
    const auto& t = attempt ? s.attempt_seconds : s.reference_seconds;
    if (!t.empty()) out.push_back({static_cast<double>(s.n), t});
  }
  return out;
}

}  // namespace

std::vector<int> bench_sizes(int max, int count) {
  max = std::max(1, max);
  count = std::max(1, count);
  std::vector<int> sizes;
  // Doubling from max / 2^(count-1), unless that starts below 8: then evenly spaced.
  const bool doubling = max >> (count - 1) >= 8;
  for (int k = 0; k < count; ++k) {
    int n = doubling ? static_cast<int>(std::lround(max / std::pow(2.0, count - 1 - k)))
                     : static_cast<int>(std::lround(static_cast<double>(max) * (k + 1) / count));
    n = std::max(1, std::min(max, n));
    if (sizes.empty() || n > sizes.back()) sizes.push_back(n);
  }
  return sizes;
}

BenchResult bench(const judge::Problem& p, const judge::Reference& ref,
                  const std::optional<std::filesystem::path>& attempt, const BenchOptions& o) {
  if (!ref.generate) throw std::runtime_error(p.meta.slug + " has no generator to make inputs");
  const auto start = Clock::now();
  BenchResult r;
  r.with_attempt = attempt.has_value();
  r.stated_text = p.meta.cost.time;
  r.stated_growth = p.meta.cost.growth;
  r.n_means = size_meaning(p.dir / "gen.cpp");
  r.stated = growth::parse_big_o(
      big_o_part(r.stated_growth.empty() ? r.stated_text : r.stated_growth));

  Build build;
  if (attempt) {
    build = build_attempt(p.meta, *attempt, BuildKind::fast, o.attempt.toolchain);
    if (!build.ok) {
      r.compile_error = true;
      r.stopped_why = build.error;
      r.stopped_at = 0;
    }
  }
  AttemptOptions run = o.attempt;
  run.sanitize = false;
  // The attempt grows through sizes while it is `admitting`; once it stops (the budget, a
  // wrong answer, a crash) it runs only the sizes below `attempt_sizes` in later rounds.
  bool admitting = attempt && build.ok;
  const auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - start).count(); };
  const std::vector<int> sizes = bench_sizes(p.meta.gen_max, o.sizes);
  const int reps = std::max(1, o.repetitions);
  std::vector<std::vector<judge::Case>> inputs;  // inputs[k][round]
  std::size_t attempt_sizes = 0;
  auto stop_attempt = [&](std::size_t k, std::string why) {
    admitting = false;
    attempt_sizes = std::min(attempt_sizes, k);
    for (std::size_t j = k; j < r.sizes.size(); ++j) r.sizes[j].attempt_seconds.clear();
    r.stopped_at = sizes[k];
    r.stopped_why = std::move(why);
  };

  // One round: input `round` of each size in `ks`, each twice in a row, keeping the
  // lesser time (the first call pays for cold caches and fresh pages that are not the
  // solution's cost); the attempt in one child, the reference in-process, by turns.
  auto run_round = [&](const std::vector<std::size_t>& ks, int round, bool attempt_first) {
    auto twice = [&](const std::vector<std::size_t>& which) {
      std::vector<judge::Case> list;
      for (std::size_t k : which)
        for (int copy = 0; copy < 2; ++copy)
          list.push_back(inputs[k][static_cast<std::size_t>(round)]);
      return list;
    };
    auto lesser = [](const std::vector<double>& ms, std::size_t i) {
      return std::min(ms[2 * i], ms[2 * i + 1]) / 1000;
    };
    auto time_attempt = [&] {
      std::vector<std::size_t> mine;  // the round's sizes the attempt still runs
      for (std::size_t k : ks)
        if (k < attempt_sizes) mine.push_back(k);
      if (mine.empty()) return;
      const std::vector<judge::Case> list = twice(mine);
      std::vector<judge::CaseResult> results = run_cases(build, p.meta, list, ref.checker, run);
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (i >= results.size() || results[i].verdict != judge::Verdict::AC) {
          const std::size_t k = mine[i / 2];
          stop_attempt(k, i >= results.size()
                              ? fmt::format("stopped at n = {}", sizes[k])
                              : fmt::format("{} at n = {}{}", judge::to_string(results[i].verdict),
                                            sizes[k],
                                            results[i].message.empty()
                                                ? ""
                                                : ": " + results[i].message));
          return;
        }
      }
      std::vector<double> ms;
      for (const auto& c : results) ms.push_back(c.time_ms);
      for (std::size_t i = 0; i < mine.size(); ++i)
        r.sizes[mine[i]].attempt_seconds.push_back(lesser(ms, i));
    };
    auto time_reference = [&] {
      const std::vector<judge::Case> list = twice(ks);
      judge::ProblemResult pr = judge::judge_cases(p.meta, list, ref.solve, ref.checker, {});
      std::vector<double> ms;
      for (const auto& c : pr.cases) ms.push_back(c.time_ms);
      if (ms.size() != list.size()) return;
      for (std::size_t i = 0; i < ks.size(); ++i)
        r.sizes[ks[i]].reference_seconds.push_back(lesser(ms, i));
    };
    if (attempt_first) {
      time_attempt();
      time_reference();
    } else {
      time_reference();
      time_attempt();
    }
  };

  // The first round goes size by size, so that the budget can stop the attempt before
  // a size it has no time for; the other rounds go through every size each, so that a
  // machine that gets busier or quieter part-way (another process on the other core,
  // a sibling hyperthread) changes every size's times alike and the medians keep the
  // curve's shape, rather than bending it where the change fell.
  for (std::size_t k = 0; k < sizes.size(); ++k) {
    r.sizes.push_back(BenchSize{sizes[k], {}, {}});
    inputs.push_back(inputs_of_size(p, ref, sizes[k], reps, o.seed));
    // Will the attempt's every round of this size, and the later rounds of the sizes
    // before it, fit in the budget? This size's time predicted from the last two.
    if (admitting && k >= 2) {
      const auto& a = r.sizes[k - 2].attempt_seconds;
      const auto& b = r.sizes[k - 1].attempt_seconds;
      if (!a.empty() && !b.empty()) {
        const double ratio = std::max(2.0, a[0] > 0 ? b[0] / a[0] : 2.0);
        const double next = b[0] * ratio * 2 * reps;
        double later = 0;  // the later rounds of the sizes already admitted
        for (std::size_t j = 0; j < k; ++j)
          if (!r.sizes[j].attempt_seconds.empty())
            later += r.sizes[j].attempt_seconds[0] * 2 * (reps - 1);
        if (elapsed() + next + later > o.max_seconds)
          stop_attempt(k, fmt::format("the next size would take about {}, past the budget of {}",
                                      growth::format_seconds(next),
                                      growth::format_seconds(o.max_seconds)));
      }
    }
    if (admitting) attempt_sizes = k + 1;
    run_round({k}, 0, k % 2 == 0);
  }
  std::vector<std::size_t> every(sizes.size());
  for (std::size_t k = 0; k < every.size(); ++k) every[k] = k;
  for (int round = 1; round < reps; ++round) run_round(every, round, round % 2 == 1);
  r.reference_fit = growth::fit(samples(r.sizes, false));
  if (attempt && !r.compile_error) r.attempt_fit = growth::fit(samples(r.sizes, true));
  r.seconds = elapsed();
  return r;
}

std::string bench_summary(const BenchResult& r) {
  // A no-break space keeps "n = 10000" on one line when the sentence is wrapped.
  const std::string nb = "\u00a0";
  const std::string stated =
      !r.stated                ? ""
      : r.stated_growth.empty() ? fmt::format("; the problem states {}", growth::big_o(*r.stated))
                                : fmt::format("; the problem states {}, {} in n", r.stated_text,
                                              growth::big_o(*r.stated));
  if (r.compile_error) return "Your attempt does not compile, so it was not benched.";
  const std::string why_not = r.reference_fit ? r.reference_fit->why : std::string("not run");
  const bool ref_known = r.reference_fit && r.reference_fit->best;
  if (!r.with_attempt)
    return ref_known ? fmt::format("The reference grows like {}{}.",
                                   growth::name(*r.reference_fit->best), stated)
                     : "The reference's growth cannot be told: " + why_not + stated + ".";
  const std::string ref =
      ref_known ? "the reference like " + std::string(growth::name(*r.reference_fit->best))
                : "the reference's cannot be told: " + why_not;
  // The largest size both were timed at.
  const BenchSize* both = nullptr;
  for (const auto& s : r.sizes)
    if (!s.attempt_seconds.empty() && !s.reference_seconds.empty()) both = &s;
  std::string at;
  if (both)
    at = fmt::format("; at n{}={}{} it takes {} against {}", nb, nb, both->n,
                     growth::format_seconds(growth::median(both->attempt_seconds)),
                     growth::format_seconds(growth::median(both->reference_seconds)));
  if (!r.attempt_fit || !r.attempt_fit->best)
    return fmt::format("kata cannot tell how your attempt grows ({}); {}{}{}.",
                       r.attempt_fit ? r.attempt_fit->why : r.stopped_why, ref, stated, at);
  return fmt::format("Your attempt grows like {} ({}{}){}.", growth::name(*r.attempt_fit->best),
                     ref, stated, at);
}

namespace {

judge::Json fit_json(const std::optional<growth::Fit>& f) {
  if (!f) return nullptr;
  return {{"class", f->best ? judge::Json(std::string(growth::name(*f->best))) : judge::Json()},
          {"why", f->why},
          {"exponent", f->exponent},
          {"exponent_low", f->exponent_low},
          {"exponent_high", f->exponent_high},
          {"sizes_used", f->sizes_used}};
}

}  // namespace

judge::Json bench_json(const BenchResult& r, const std::string& slug) {
  judge::Json sizes = judge::Json::array();
  for (const auto& s : r.sizes)
    sizes.push_back({{"n", s.n}, {"attempt", s.attempt_seconds}, {"reference", s.reference_seconds}});
  return {{"problem", slug},
          {"sizes", sizes},
          {"attempt", fit_json(r.attempt_fit)},
          {"reference", fit_json(r.reference_fit)},
          {"n_means", r.n_means},
          {"stated", r.stated_text},
          {"stated_growth", r.stated_growth},
          {"stated_class", r.stated ? judge::Json(std::string(growth::name(*r.stated))) : judge::Json()},
          {"stopped_at", r.stopped_at ? judge::Json(*r.stopped_at) : judge::Json()},
          {"stopped_why", r.stopped_why},
          {"summary", bench_summary(r)},
          {"seconds", r.seconds}};
}

}  // namespace kata::attempt
