// The run engine: every result exactly once, totals that add up, stuck and
// throwing cases that do not stop the batch, broken problems reported, JUnit.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>  // getpid

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>
#include <stdexcept>

#include <kata/judge/run.hpp>

using namespace kata::judge;
using Catch::Matchers::Contains;

namespace {

std::atomic<bool> g_release{false};

struct Doubler {
  int twice(int x) {
    if (x == -13) throw std::runtime_error("thirteen");
    if (x == -99)
      while (!g_release.load()) {
      }                              // loops until the test is over
    return x % 97 == 5 ? 0 : 2 * x;  // wrong for some inputs, on purpose
  }
};

Workload make_workload(const std::string& slug, const std::string& pattern, int n, int first) {
  Workload w;
  w.meta.slug = slug;
  w.meta.pattern = pattern;
  w.meta.method = {"twice", {{"x", "int"}}, "int"};
  w.meta.time_limit_ms = 100;
  w.solve = invoker(kata::bind::function<&Doubler::twice>({"x"}));
  for (int i = 0; i < n; ++i) {
    Case c;
    c.name = "c" + std::to_string(i);
    c.input = Json::array({first + i});
    c.expected = 2 * (first + i);
    w.cases.push_back(std::move(c));
  }
  return w;
}

// Balanced tags and nothing unescaped: enough to say a JUnit file parses.
bool well_formed_xml(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t i = xml.find("?>");
  if (i == std::string::npos) return false;
  for (i += 2; i < xml.size(); ++i) {
    if (xml[i] == '&') {
      auto semi = xml.find(';', i);
      std::string ent = xml.substr(i, semi - i + 1);
      if (ent != "&amp;" && ent != "&lt;" && ent != "&gt;" && ent != "&quot;" && ent != "&apos;")
        return false;
    }
    if (xml[i] != '<') continue;
    auto close = xml.find('>', i);
    if (close == std::string::npos) return false;
    std::string tag = xml.substr(i + 1, close - i - 1);
    if (tag.find('<') != std::string::npos) return false;
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return false;
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find(' ')));
    }
    i = close;
  }
  return open.empty();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("The collector sees every result exactly once and the totals add up", "[run]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(make_workload("a", "p1", 300, 0));
  ws->push_back(make_workload("b", "p1", 250, 1000));
  ws->push_back(make_workload("c", "p2", 200, 5000));
  std::set<std::pair<std::size_t, std::size_t>> seen;
  std::size_t calls = 0, last_done = 0;
  RunConfig config;
  config.processors = 2;
  auto report = run(ws, config, [&](const CaseEvent& e, const RunProgress& p) {
    ++calls;
    CHECK(seen.insert({e.workload, e.index}).second);
    CHECK(p.done == last_done + 1);  // one call at a time, in order
    last_done = p.done;
    CHECK(p.total == 750);
  });
  CHECK(calls == 750);
  CHECK(seen.size() == 750);
  REQUIRE(report.problems.size() == 3);
  std::size_t wrong = 0;
  for (const auto& w : *ws)
    for (const auto& c : w.cases)
      if (c.input[0].get<int>() % 97 == 5) ++wrong;
  CHECK(report.failed == wrong);
  CHECK(report.passed + report.failed == 750);
  for (std::size_t i = 0; i < 3; ++i) {
    const auto& p = report.problems[i];
    CHECK(p.total == static_cast<int>((*ws)[i].cases.size()));
    for (std::size_t k = 0; k < p.cases.size(); ++k)
      CHECK(p.cases[k].name == (*ws)[i].cases[k].name);
  }
  auto rows = summarize_by_pattern(*ws, report);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].problems == 2);
  CHECK(rows[0].cases == 550);
  CHECK(rows[0].passed + rows[0].failed == 550);
  CHECK(rows[1].cases == 200);
}

// Sums a big array while counting how many calls are in flight at once.
std::atomic<int> g_in_flight{0};
std::atomic<int> g_most_in_flight{0};
struct Summer {
  long long sum(const std::vector<std::vector<int>>& rows) {
    int now = ++g_in_flight;
    for (int seen = g_most_in_flight.load();
         now > seen && !g_most_in_flight.compare_exchange_weak(seen, now);) {
    }
    long long total = 0;
    for (const auto& row : rows)
      for (int x : row) total += x;
    --g_in_flight;
    return total;
  }
};

TEST_CASE("One processor judges one case at a time, big generated inputs included", "[run]") {
  // Preparing makes a large input. Handing it to the judging step once copied it
  // outside the blocking call; when the copy outlasted stuck_after, the monitor took
  // that for a stuck P and let a second thread run cases, and -j 1 used two cores.
  auto ws = std::make_shared<std::vector<Workload>>();
  Workload w;
  w.meta.slug = "sums";
  w.meta.pattern = "p";
  w.meta.method = {"sum", {{"rows", "const vector<vector<int>>&"}}, "long long"};
  w.meta.time_limit_ms = 5000;
  w.solve = invoker(kata::bind::function<&Summer::sum>({"rows"}));
  for (int i = 0; i < 6; ++i) {
    Case c;
    c.name = "big" + std::to_string(i);
    c.generate = Case::Generated{static_cast<std::uint64_t>(i), 200'000};
    w.cases.push_back(std::move(c));
  }
  w.prepare = [](const ProblemMeta&, Case& c) {
    // Many small arrays: copying this input takes milliseconds.
    std::vector<std::vector<int>> rows(static_cast<std::size_t>(c.generate->size),
                                       {static_cast<int>(c.generate->seed)});
    c.input = Json::array({rows});
    c.expected = static_cast<long long>(c.generate->seed) * c.generate->size;
  };
  ws->push_back(std::move(w));
  RunConfig config;
  config.processors = 1;
  g_most_in_flight = 0;
  auto report = run(ws, config);
  CHECK(report.passed == 6);
  CHECK(g_most_in_flight.load() == 1);
}

std::atomic<int> g_judged{0};

struct Counter {
  int next(int x) {
    g_judged.fetch_add(1);
    return x + 1;
  }
};

// n cases from the file, c0..c{n-1}, each right for Counter: x in, x + 1 out.
Workload counter_workload(int n) {
  Workload w;
  w.meta.slug = "count";
  w.meta.pattern = "p";
  w.meta.method = {"next", {{"x", "int"}}, "int"};
  w.meta.time_limit_ms = 1000;
  w.solve = invoker(kata::bind::function<&Counter::next>({"x"}));
  for (int i = 0; i < n; ++i) {
    Case c;
    c.name = "c" + std::to_string(i);
    c.input = Json::array({i});
    c.expected = i + 1;
    w.cases.push_back(std::move(c));
  }
  return w;
}

TEST_CASE("Each result reaches the collector before the next cases run", "[run]") {
  // The live progress line is drawn by the collector. If the collector waited
  // behind the queued cases, it would see results a window (64 cases per
  // processor) late, and the line would jump instead of counting.
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(counter_workload(500));
  RunConfig config;
  config.processors = 1;
  g_judged = 0;
  int seen = 0;
  int most_behind = 0;
  auto report = run(ws, config, [&](const CaseEvent&, const RunProgress& p) {
    ++seen;
    CHECK(p.done == static_cast<std::size_t>(seen));
    most_behind = std::max(most_behind, g_judged.load() - seen);
  });
  CHECK(report.passed == 500);
  CHECK(seen == 500);
  // One processor: the collector runs after each case, or at worst a couple later.
  CHECK(most_behind <= 2);
}

TEST_CASE("A solution that defines the answers is judged on its generated cases by one call",
          "[run]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  Workload w = counter_workload(0);
  for (int i = 0; i < 4; ++i) {
    Case c;
    c.name = "gen" + std::to_string(i);
    c.generate = Case::Generated{static_cast<std::uint64_t>(i), 10};
    w.cases.push_back(std::move(c));
  }
  Case given;
  given.name = "from-the-file";
  given.input = Json::array({5});
  given.expected = 7;  // wrong on purpose: a given answer is still compared
  w.cases.push_back(std::move(given));
  w.prepare = [](const ProblemMeta&, Case& c) {
    if (c.generate) c.input = Json::array({static_cast<int>(c.generate->seed)});
  };
  w.solve_defines_answers = true;
  ws->push_back(w);
  RunConfig config;
  config.processors = 1;
  g_judged = 0;
  auto report = run(ws, config);
  CHECK(g_judged.load() == 5);  // one call per case
  CHECK(report.passed == 4);
  REQUIRE(report.failed == 1);
  CHECK(report.problems[0].cases[4].verdict == Verdict::WA);

  // Any other solution (an attempt) has nothing to compare its answer with.
  (*ws)[0].solve_defines_answers = false;
  report = run(ws, config);
  CHECK(report.passed == 0);
  for (int i = 0; i < 4; ++i) {
    CHECK(report.problems[0].cases[static_cast<std::size_t>(i)].verdict == Verdict::ERR);
    CHECK_THAT(report.problems[0].cases[static_cast<std::size_t>(i)].message,
               Contains("no expected answer"));
  }
}

TEST_CASE("Passing cases keep their answers only when asked to; failures always do", "[run]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(make_workload("doubling", "p", 200, 1));
  for (bool keep : {true, false}) {
    RunConfig config;
    config.processors = 2;
    config.keep_passing_answers = keep;
    auto report = run(ws, config);
    REQUIRE(report.problems.size() == 1);
    int failures = 0;
    for (const auto& c : report.problems[0].cases) {
      INFO(c.name << " keep=" << keep);
      if (c.verdict == Verdict::AC) {
        CHECK(c.expected.has_value() == keep);
        CHECK(c.got.has_value() == keep);
      } else {
        ++failures;
        CHECK(c.expected.has_value());
        CHECK(c.got.has_value());
        CHECK_FALSE(c.input.is_null());
      }
    }
    CHECK(failures == 3);  // 5, 102 and 199: x % 97 == 5
  }
}

TEST_CASE("A case that loops forever is TLE and a throwing case RE; the batch goes on", "[run]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  Workload w = make_workload("stuck", "p", 1000, 1);
  w.cases[400].input = Json::array({-99});
  w.cases[400].expected = -198;
  w.cases[700].input = Json::array({-13});
  w.cases[700].expected = -26;
  // No wrong answers elsewhere: keep inputs away from x % 97 == 5.
  for (auto& c : w.cases)
    if (c.input[0].get<int>() % 97 == 5) c.expected = 0;
  ws->push_back(std::move(w));
  RunConfig config;
  config.processors = 2;
  auto report = run(ws, config);
  g_release = true;
  const auto& cases = report.problems[0].cases;
  REQUIRE(cases.size() == 1000);
  CHECK(to_string(cases[400].verdict) == "TLE");
  CHECK(to_string(cases[700].verdict) == "RE");
  CHECK_THAT(cases[700].message, Contains("thirteen"));
  CHECK(report.failed == 2);
  CHECK(report.passed == 998);
  CHECK(report.abandoned == 1);
}

TEST_CASE("A case whose preparing throws is ERR, and the run goes on", "[run]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  Workload w = make_workload("gen", "p", 200, 1);
  // Like a generator that fails on one input: before, the exception escaped the
  // case's task and ended the process ("terminate called without an active exception").
  w.prepare = [](const ProblemMeta&, Case& c) {
    if (c.name == "c50") throw std::runtime_error("the generator gave up");
  };
  // No wrong answers elsewhere: keep inputs away from x % 97 == 5.
  for (auto& c : w.cases)
    if (c.input[0].get<int>() % 97 == 5) c.expected = 0;
  ws->push_back(std::move(w));
  RunConfig config;
  config.processors = 2;
  auto report = run(ws, config);
  const auto& cases = report.problems[0].cases;
  REQUIRE(cases.size() == 200);
  CHECK(to_string(cases[50].verdict) == "ERR");
  CHECK_THAT(cases[50].message, Contains("the generator gave up"));
  CHECK(report.passed == 199);
}

TEST_CASE("A problem that cannot be loaded is reported and the others still run", "[run]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(make_workload("fine", "p", 10, 1));
  Workload broken = make_workload("broken", "p", 0, 0);
  broken.errors.push_back({"problems/p/broken/cases.json", 3, 7, "invalid JSON"});
  ws->push_back(std::move(broken));
  auto report = run(ws, {});
  CHECK(report.broken == 1);
  CHECK(report.problems[0].total == 10);
  CHECK(to_string(report.problems[1].verdict) == "ERR");
  auto json = run_to_json(*ws, report);
  CHECK(json["totals"]["broken"] == 1);
  CHECK_THAT(json["problems"][1]["errors"][0].get<std::string>(),
             Contains("cases.json:3:7: invalid JSON"));
}

TEST_CASE("The JUnit report parses and its counts match", "[run][junit]") {
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(make_workload("a<b>", "p&1", 100, 0));
  ws->push_back(make_workload("c", "p2", 50, 200));
  auto report = run(ws, {});
  std::string xml = run_to_junit(*ws, report);
  CHECK(well_formed_xml(xml));
  CHECK(count(xml, "<testsuite ") == 2);
  CHECK(count(xml, "<testcase ") == 150);
  CHECK(count(xml, "<failure ") == report.failed);
  CHECK_THAT(xml, Contains("tests=\"150\" failures=\"" + std::to_string(report.failed) + "\""));
  CHECK_THAT(xml, Contains("name=\"p&amp;1\""));
}

TEST_CASE("kata run reports a broken case file with its line and runs the rest", "[run][cli]") {
  namespace fs = std::filesystem;
  fs::path home = fs::temp_directory_path() / ("kata-run-test-" + std::to_string(getpid()));
  fs::remove_all(home);
  fs::path src = fs::path(KATA_SOURCE) / "problems";
  fs::create_directories(home / "problems" / "binary-search");
  fs::create_directories(home / "problems" / "design");
  fs::copy(src / "binary-search" / "search-insert-position",
           home / "problems" / "binary-search" / "search-insert-position");
  fs::copy(src / "design" / "lru-cache", home / "problems" / "design" / "lru-cache");
  std::ofstream(home / "problems" / "binary-search" / "search-insert-position" / "cases.json")
      << "{\"cases\": [\n  {\"name\": \"a\", \"input\": [[1], 1], \"expected\": 0},\n  oops\n]}\n";
  std::string err = (home / "err.txt").string();
  std::string cmd = "NO_COLOR=1 KATA_HOME=" + home.string() + " " + KATA_BINARY + " run 2>" + err;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  std::stringstream errors;
  errors << std::ifstream(err).rdbuf();
  CHECK(WEXITSTATUS(status) == 1);
  CHECK_THAT(errors.str(), Contains("search-insert-position/cases.json:3:3: invalid JSON"));
  CHECK_THAT(out, Contains("design"));
  CHECK_THAT(out, Contains(" passed, 0 failed"));
  fs::remove_all(home);
}

TEST_CASE("Cases start costliest first when past costs are known", "[run][costs]") {
  // One processor runs one case at a time, so results arrive in start order.
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(make_workload("a", "p", 6, 1));
  Case gen;  // a generated case with no past cost goes before everything
  gen.name = "gen";
  gen.generate = Case::Generated{7, 10};
  ws->front().cases.push_back(gen);
  ws->front().prepare = [](const ProblemMeta&, Case& c) {
    if (c.generate) {
      c.input = Json::array({21});
      c.expected = 42;
    }
  };
  RunConfig config;
  config.processors = 1;
  config.costs = {
      {"a/c3", 0.5}, {"a/c1", 2.0}, {"a/c4", 1.0}};  // c0, c2, c5: unknown, from the file
  std::vector<std::string> order;
  auto report = run(
      ws, config, [&](const CaseEvent& e, const RunProgress&) { order.push_back(e.result.name); });
  CHECK(order == std::vector<std::string>{"gen", "c1", "c4", "c3", "c0", "c2", "c5"});
  // Every case run has its cost measured, under its key.
  REQUIRE(report.costs.size() == 7);
  for (const char* key : {"a/gen", "a/c0", "a/c1", "a/c2", "a/c3", "a/c4", "a/c5"}) {
    REQUIRE(report.costs.count(key) == 1);
    CHECK(report.costs.at(key) >= 0);
  }
}

TEST_CASE("The time left is estimated from past costs, not from counting cases", "[run][costs]") {
  // The costliest case starts first and holds half the known work: when it is
  // done, the time left is about the time spent so far, not three times it.
  auto ws = std::make_shared<std::vector<Workload>>();
  ws->push_back(make_workload("a", "p", 5, 1));  // c0..c4
  RunConfig config;
  config.processors = 1;
  config.costs = {{"a/c0", 4.0}, {"a/c1", 1.0}, {"a/c2", 1.0}, {"a/c3", 2.0}};  // c4: the mean, 2.0
  std::vector<RunProgress> seen;
  run(ws, config, [&](const CaseEvent&, const RunProgress& p) { seen.push_back(p); });
  REQUIRE(seen.size() == 5);
  // Done in start order c0 (4), c3 (2), c1 and c2 (1 each), then the new c4
  // (counted as the mean, 2): work 10 in all.
  CHECK(seen[0].seconds_left == Approx(seen[0].elapsed_seconds * 6.0 / 4.0));
  CHECK(seen[1].seconds_left == Approx(seen[1].elapsed_seconds * 4.0 / 6.0));
  CHECK(seen[4].seconds_left == 0);

  // With no past costs at all there is nothing to go by.
  config.costs.clear();
  seen.clear();
  run(ws, config, [&](const CaseEvent&, const RunProgress& p) { seen.push_back(p); });
  REQUIRE(seen.size() == 5);
  for (const auto& p : seen) CHECK(p.seconds_left < 0);
}

TEST_CASE("The costs file merges runs and survives damage", "[run][costs]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("kata-costs-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::path file = dir / "sub" / "run-costs.json";
  CHECK(read_costs(file).empty());  // missing: no costs
  REQUIRE(write_costs(file, {{"a/x", 1.5}, {"b/y", 0.25}}));
  REQUIRE(write_costs(file, {{"a/x", 3.0}, {"c/z", 0.5}}));  // a later run of other problems
  CaseCosts back = read_costs(file);
  CHECK(back == CaseCosts{{"a/x", 3.0}, {"b/y", 0.25}, {"c/z", 0.5}});
  {
    std::ofstream(file) << "{\"a/x\": 1, \"b/y\": \"slow\", \"c/z\": -4, ";  // cut short
  }
  CHECK(read_costs(file).empty());
  { std::ofstream(file) << R"({"a/x": 1, "b/y": "slow", "c/z": -4})"; }
  CHECK(read_costs(file) == CaseCosts{{"a/x", 1.0}});  // entries that are not costs are dropped
  CHECK(write_costs(file, {{"d/w", 2.0}}));            // and a damaged file is replaced whole
  CHECK(read_costs(file) == CaseCosts{{"a/x", 1.0}, {"d/w", 2.0}});
  fs::remove_all(dir);
}
