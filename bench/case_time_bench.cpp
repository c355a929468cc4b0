// How exact is a case's time in `kata test`?
//
//   build/bench/case_time_bench [ROUNDS]     (default 3)
//
// Judges bench/attempts/case_time.cpp on cases whose work grows geometrically from
// about 10 µs to 10 ms, and compares the time kata reports for each case with the
// attempt's own wall-clock measure of the same work (printed by the attempt). On
// an idle machine the two agree: the target is a median ratio of at least 0.9 and
// no case reported above its wall time. The call is a little more than the span
// the attempt can time (entering and leaving it, the attempt's own clock reads:
// a fraction of a microsecond), so "above" counts the cases over their wall time
// by more than the clock's grain of 1 µs; the largest excess is printed too. The
// two are different clocks (the scheduler's and the monotonic one), whose rates
// differ here by up to about 0.05%: "beyond" counts the cases above their wall time
// by more than the grain and 0.1% of it (a 7 ms case may read 2 µs over).
// Rounds repeat the whole set; the figures are over every case of every round.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include <kata/attempt/attempt.hpp>
#include <kata/judge/catalog.hpp>
#include <kata/attempt/references.hpp>

using namespace kata;

int main(int argc, char** argv) {
  int rounds = argc > 1 ? std::atoi(argv[1]) : 3;
  auto catalog = judge::load_catalog(std::filesystem::path(KATA_SOURCE_DIR) / "problems");
  const auto* p = catalog.find("search-insert-position");
  const auto* ref = p ? attempt::reference_for(*p) : nullptr;
  if (!p || !ref) {
    std::fprintf(stderr, "search-insert-position is not in this build\n");
    return 2;
  }
  std::vector<judge::Case> cases;
  for (int target = 8; target <= 8000; target = target * 3 / 2) {
    judge::Case c;
    c.name = "work-" + std::to_string(target);
    c.input = judge::Json::array({judge::Json::array({0}), target});
    c.expected = judge::Json(1);
    cases.push_back(std::move(c));
  }
  const std::size_t timed = cases.size();
  judge::Case last;  // prints the wall time of the case before it
  last.name = "print-the-last";
  last.input = judge::Json::array({judge::Json::array({0}), 0});
  last.expected = judge::Json(0);
  cases.push_back(std::move(last));
  std::vector<double> ratios;
  int above = 0, beyond = 0;
  double worst_above = 0;
  for (int round = 0; round < rounds; ++round) {
    auto r = attempt::judge_attempt(p->meta, std::filesystem::path(KATA_SOURCE_DIR) / "bench/attempts/case_time.cpp",
                                  cases, ref->checker);
    if (r.result.verdict != judge::Verdict::AC || r.result.cases.size() != cases.size()) {
      std::fprintf(stderr, "the bench attempt was not accepted:\n%s\n", r.notes.output.c_str());
      return 1;
    }
    std::istringstream out(r.notes.output);
    std::vector<double> wall_ms;
    for (std::string word; out >> word;)
      if (word == "wall_ns") {
        long long ns = 0;
        out >> ns;
        wall_ms.push_back(static_cast<double>(ns) / 1e6);
      }
    if (wall_ms.size() != timed) {
      std::fprintf(stderr, "expected %zu wall times from the attempt, got %zu\n", timed, wall_ms.size());
      return 1;
    }
    for (std::size_t i = 0; i < timed; ++i) {
      double reported = r.result.cases[i].time_ms;
      double ratio = reported / wall_ms[i];
      ratios.push_back(ratio);
      if (reported > wall_ms[i] * 1.001 + 1e-3) ++beyond;
      if (reported > wall_ms[i] + 1e-3) {
        ++above;
        fmt::print("round {} {}: reported {:.1f} µs above its wall time\n", round + 1, cases[i].name,
                   (reported - wall_ms[i]) * 1e3);
      }
      worst_above = std::max(worst_above, reported - wall_ms[i]);
      if (round == 0)
        fmt::print("{:>12}  reported {:>10.4f} ms  wall {:>10.4f} ms  ratio {:.3f}\n", cases[i].name,
                   reported, wall_ms[i], ratio);
    }
  }
  std::sort(ratios.begin(), ratios.end());
  double median = ratios[ratios.size() / 2];
  fmt::print("cases {}  ratio reported/wall: median {:.3f}  min {:.3f}  max {:.3f}  "
             "above wall by > 1 µs: {}, by > 1 µs + 0.1%: {}  (largest excess {:.1f} µs)\n",
             ratios.size(), median, ratios.front(), ratios.back(), above, beyond,
             worst_above * 1e3);
  return 0;
}
