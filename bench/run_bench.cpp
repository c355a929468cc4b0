// Benchmark of the run engine (`kata run`), rerunnable as the catalog grows.
//
//   build/bench/run_bench [--cases N]
//
// 1. Overhead per case: N trivial cases of Search Insert Position (a one-element
//    array), written as case-file text, then loaded, parsed, converted, called,
//    compared and reported by the run engine on one processor. Prints the
//    microseconds per case, best of 5; the target is at most 10.
// 2. A stuck case: N cases of which one loops forever; the run must finish,
//    report exactly that case as TLE, and return.
// The whole-catalog speed-up (-j 2 against -j 1) is measured by run_speedup.sh.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include <kata/judge/catalog.hpp>
#include <kata/attempt/references.hpp>
#include <kata/judge/run.hpp>

using namespace kata::judge;

namespace {

std::atomic<bool> g_stop{false};

struct Looper {
  int searchInsert(std::vector<int>& nums, int target) {
    if (target == -424242)
      while (!g_stop.load(std::memory_order_relaxed)) {
      }
    return nums[0] >= target ? 0 : 1;
  }
};

std::string trivial_cases(int n, bool with_stuck) {
  std::string text = "{\"cases\": [\n";
  for (int i = 0; i < n; ++i) {
    int target = with_stuck && i == n / 2 ? -424242 : i % 3;
    text += "{\"name\": \"c" + std::to_string(i) + "\", \"input\": [[1], " +
            std::to_string(target) + "], \"expected\": " + std::to_string(target > 1 ? 1 : 0) +
            "}" + (i + 1 < n ? ",\n" : "\n");
  }
  return text + "]}\n";
}

double overhead_us(const ProblemMeta& meta, const Reference& ref, int n) {
  std::string text = trivial_cases(n, false);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<LoadError> errors;
  auto ws = std::make_shared<std::vector<Workload>>(1);
  (*ws)[0].meta = meta;
  (*ws)[0].cases = parse_cases(text, "bench.json", meta, errors);
  (*ws)[0].solve = ref.solve;
  RunConfig config;
  config.processors = 1;
  std::size_t seen = 0;
  auto report = run(ws, config, [&](const CaseEvent&, const RunProgress&) { ++seen; });
  auto rows = summarize_by_pattern(*ws, report);
  double us =
      std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
  if (!errors.empty() || report.passed != static_cast<std::size_t>(n) || seen != report.passed) {
    std::fprintf(stderr, "run_bench: the trivial run went wrong (%zu passed of %d)\n",
                 report.passed, n);
    std::exit(1);
  }
  return us / n;
}

}  // namespace

int main(int argc, char** argv) {
  int n = 10000;
  for (int i = 1; i + 1 < argc; ++i)
    if (!std::strcmp(argv[i], "--cases")) n = std::max(10, std::atoi(argv[i + 1]));
  auto catalog = load_catalog(std::filesystem::path(KATA_SOURCE_DIR) / "problems");
  const Problem* problem = catalog.find("search-insert-position");
  std::string why;
  const Reference* ref = problem ? kata::attempt::reference_for(*problem, &why) : nullptr;
  if (!ref) {
    std::fprintf(stderr, "run_bench: no reference for search-insert-position: %s\n", why.c_str());
    return 1;
  }
  ProblemMeta meta;
  meta.slug = "search-insert-position";
  meta.pattern = "binary-search";
  meta.method = {"searchInsert", {{"nums", "vector<int>&"}, {"target", "int"}}, "int"};
  meta.time_limit_ms = 1000;

  double best = 1e18;
  for (int rep = 0; rep < 5; ++rep) best = std::min(best, overhead_us(meta, *ref, n));
  std::printf("overhead: %.2f us per case over %d trivial cases, -j 1 (best of 5; target <= 10)\n",
              best, n);

  auto ws = std::make_shared<std::vector<Workload>>(1);
  (*ws)[0].meta = meta;
  (*ws)[0].meta.time_limit_ms = 200;
  std::vector<LoadError> errors;
  (*ws)[0].cases = parse_cases(trivial_cases(n, true), "bench.json", meta, errors);
  (*ws)[0].solve = invoker(kata::bind::function<&Looper::searchInsert>({"nums", "target"}));
  auto t0 = std::chrono::steady_clock::now();
  RunConfig config;
  config.processors = 2;
  auto report = run(ws, config);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::size_t tle = 0;
  std::string which;
  for (const auto& c : report.problems[0].cases)
    if (c.verdict == Verdict::TLE) ++tle, which = c.name;
  std::printf("stuck case: %zu cases in %.2f s, %zu TLE (%s), %zu passed\n",
              report.passed + report.failed, s, tle, which.c_str(), report.passed);
  std::printf("{\"overhead_us_per_case\": %.3f, \"stuck_tle\": %zu, \"stuck_passed\": %zu}\n", best,
              tle, report.passed);
  std::fflush(stdout);
  // The stuck thread is still spinning: end without destroying what it may touch.
  std::_Exit(tle == 1 && report.passed == static_cast<std::size_t>(n - 1) ? 0 : 1);
}
