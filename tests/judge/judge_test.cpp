// Verdicts: AC, WA with the difference, RE, TLE, ERR; unmodified inputs; checkers.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include <kata/judge/judge.hpp>
#include <kata/judge/report.hpp>

using namespace kata::judge;
using Catch::Matchers::Contains;

namespace {

std::atomic<bool> g_release{false};

struct Sol {
  int twice(int x) {
    if (x == 13) throw std::out_of_range("unlucky");
    if (x == 99) {
      while (!g_release.load()) {
      }  // a solution that never returns (until the test lets it go)
    }
    return x == 7 ? 15 : 2 * x;
  }
  int sum_and_spoil(std::vector<int>& v) {
    int s = 0;
    for (int& x : v) s += x, x = 0;
    return s;
  }
  std::string account(int n) {  // a concurrency harness: right for n = 1
    return n == 1 ? "every run was right" : "thread 2 printed out of turn in run 3 of 9";
  }
  std::vector<int> order(int n) {
    std::vector<int> v;
    for (int i = n - 1; i >= 0; --i) v.push_back(i);
    return v;
  }
};

ProblemMeta meta_for(const std::string& method, std::vector<Param> params) {
  ProblemMeta m;
  m.slug = "demo";
  m.method = {method, std::move(params), "int"};
  m.time_limit_ms = 200;
  return m;
}

Case make(const std::string& name, const char* input, const char* expected) {
  Case c;
  c.name = name;
  c.input = Json::parse(input);
  c.expected = Json::parse(expected);
  return c;
}

}  // namespace

TEST_CASE("Each case gets its verdict", "[judge]") {
  auto meta = meta_for("twice", {{"x", "int"}});
  auto solve = invoker(kata::bind::function<&Sol::twice>({"x"}));
  std::vector<Case> cases = {make("ok", "[2]", "4"), make("wrong", "[7]", "14"),
                             make("throws", "[13]", "26"), make("bad-input", "[\"x\"]", "0")};
  Case broken;
  broken.name = "broken";
  broken.error = "the case has no \"input\"";
  cases.push_back(broken);
  auto r = judge_cases(meta, cases, solve, {}, {});
  REQUIRE(r.cases.size() == 5);
  CHECK(r.cases[0].verdict == Verdict::AC);
  CHECK(r.cases[1].verdict == Verdict::WA);
  CHECK_THAT(r.cases[1].message, Contains("expected 14, got 15"));
  CHECK(r.cases[2].verdict == Verdict::RE);
  CHECK_THAT(r.cases[2].message, Contains("unlucky"));
  CHECK(r.cases[3].verdict == Verdict::ERR);
  CHECK_THAT(r.cases[3].message, Contains("x: expected an integer"));
  CHECK(r.cases[4].verdict == Verdict::ERR);
  CHECK(r.verdict == Verdict::WA);  // the first failure, as LeetCode reports
  CHECK(r.passed == 1);
  CHECK(r.total == 5);
}

TEST_CASE("A case that never returns is TLE and the next cases still run", "[judge]") {
  auto meta = meta_for("twice", {{"x", "int"}});
  auto solve = invoker(kata::bind::function<&Sol::twice>({"x"}));
  std::vector<Case> cases = {make("a", "[1]", "2"), make("stuck", "[99]", "198"),
                             make("b", "[3]", "6")};
  auto r = judge_cases(meta, cases, solve, {}, {});
  g_release = true;  // let the abandoned thread finish
  REQUIRE(r.cases.size() == 3);
  CHECK(r.cases[0].verdict == Verdict::AC);
  CHECK(r.cases[1].verdict == Verdict::TLE);
  CHECK(r.cases[2].verdict == Verdict::AC);
  CHECK(threads_abandoned());
}

TEST_CASE("Modifying an input the problem protects is a wrong answer", "[judge]") {
  auto meta = meta_for("sum_and_spoil", {{"v", "vector<int>&"}});
  meta.unmodified_args = {0};
  auto solve = invoker(kata::bind::function<&Sol::sum_and_spoil>({"v"}));
  auto r = judge_case(meta, make("c", "[[1,2,3]]", "6"), solve, {}, 1000);
  CHECK(r.verdict == Verdict::WA);
  CHECK_THAT(r.message, Contains("modified its input \"v\""));
  meta.unmodified_args.clear();
  CHECK(judge_case(meta, make("c", "[[1,2,3]]", "6"), solve, {}, 1000).verdict == Verdict::AC);
}

TEST_CASE("A concurrency kata's wrong answer is its harness's account, shown whole", "[judge]") {
  auto meta = meta_for("account", {{"n", "int"}});
  meta.method.returns = "string";
  auto solve = invoker(kata::bind::function<&Sol::account>({"n"}));
  const Case wrong = make("c", "[2]", "\"every run was right\"");
  // A function problem: an answer and a diff.
  auto plain = judge_case(meta, wrong, solve, {}, 1000);
  CHECK(plain.verdict == Verdict::WA);
  CHECK_FALSE(plain.got_explains);
  CHECK_FALSE(plain.message.empty());
  // A concurrency kata: the answer is the explanation; no diff beside it.
  meta.kind = ProblemMeta::Kind::concurrency;
  auto r = judge_case(meta, wrong, solve, {}, 1000);
  CHECK(r.verdict == Verdict::WA);
  CHECK(r.got_explains);
  CHECK(r.message.empty());
  CHECK_FALSE(
      judge_case(meta, make("c", "[1]", "\"every run was right\""), solve, {}, 1000).got_explains);
  ProblemResult pr;
  pr.problem = "demo";
  pr.verdict = Verdict::WA;
  pr.total = 1;
  pr.cases.push_back(r);
  char* text = nullptr;
  std::size_t size = 0;
  std::FILE* out = open_memstream(&text, &size);
  print_result(out, pr, Style{});
  std::fclose(out);
  const std::string shown(text, size);
  std::free(text);
  CHECK_THAT(shown, Contains("why       thread 2 printed out of turn in run 3 of 9"));
  CHECK_THAT(shown, !Contains("diff"));
  CHECK_THAT(shown, !Contains("got "));
}

TEST_CASE("A checker decides when many answers are right", "[judge]") {
  auto meta = meta_for("order", {{"n", "int"}});
  meta.comparator.kind = Comparator::Kind::checker;
  auto solve = invoker(kata::bind::function<&Sol::order>({"n"}));
  Checker is_permutation = [](const Json& input, const Json&, const Json& got) -> std::string {
    auto v = got.get<std::vector<int>>();
    std::sort(v.begin(), v.end());
    for (int i = 0; i < input[0].get<int>(); ++i)
      if (i >= static_cast<int>(v.size()) || v[static_cast<std::size_t>(i)] != i)
        return "not a permutation";
    return "";
  };
  Checker never = [](const Json&, const Json&, const Json&) { return std::string("no"); };
  auto c = make("c", "[4]", "[0,1,2,3]");
  CHECK(judge_case(meta, c, solve, is_permutation, 1000).verdict == Verdict::AC);
  auto r = judge_case(meta, c, solve, never, 1000);
  CHECK(r.verdict == Verdict::WA);
  CHECK(r.message == "no");
}

TEST_CASE("A solution judged on its own answer still meets the limit, the inputs and the checker",
          "[judge]") {
  auto meta = meta_for("twice", {{"x", "int"}});
  int calls = 0;
  auto twice = invoker(kata::bind::function<&Sol::twice>({"x"}));
  Invoker counted = [&](const Json& input, const CallOptions& o) {
    ++calls;
    return twice(input, o);
  };
  Case c;
  c.name = "generated";
  c.input = Json::parse("[7]");  // Sol answers 15: its own answer is the expected one
  auto r = judge_own_answer(meta, c, counted, {}, 1000);
  CHECK(calls == 1);
  CHECK(r.verdict == Verdict::AC);
  REQUIRE(r.expected);
  CHECK(*r.expected == 15);
  CHECK(*r.got == 15);
  // Passing cases can drop their answers, as with judge_case.
  r = judge_own_answer(meta, c, counted, {}, 1000, Answers::failures_only);
  CHECK(r.verdict == Verdict::AC);
  CHECK(!r.expected);
  CHECK(!r.got);

  c.input = Json::parse("[13]");
  r = judge_own_answer(meta, c, counted, {}, 1000);
  CHECK(r.verdict == Verdict::RE);
  CHECK(r.input == c.input);

  auto spoil = invoker(kata::bind::function<&Sol::sum_and_spoil>({"v"}));
  auto spoil_meta = meta_for("sum_and_spoil", {{"v", "vector<int>&"}});
  spoil_meta.unmodified_args = {0};
  c.input = Json::parse("[[1,2,3]]");
  r = judge_own_answer(spoil_meta, c, spoil, {}, 1000);
  CHECK(r.verdict == Verdict::WA);
  CHECK_THAT(r.message, Contains("modified its input"));

  auto order_meta = meta_for("order", {{"n", "int"}});
  order_meta.comparator.kind = Comparator::Kind::checker;
  Json seen_expected;
  Checker picky = [&](const Json&, const Json& expected, const Json& got) -> std::string {
    seen_expected = expected;
    return got.size() == 3 ? "" : "three, please";
  };
  c.input = Json::parse("[3]");
  CHECK(judge_own_answer(order_meta, c, invoker(kata::bind::function<&Sol::order>({"n"})), picky,
                         1000)
            .verdict == Verdict::AC);
  CHECK(seen_expected == Json::parse("[2,1,0]"));  // the checker sees the answer as expected
  c.input = Json::parse("[4]");
  r = judge_own_answer(order_meta, c, invoker(kata::bind::function<&Sol::order>({"n"})), picky,
                       1000);
  CHECK(r.verdict == Verdict::WA);
  CHECK(r.message == "three, please");
}

TEST_CASE("Verdicts are spelled as LeetCode spells them", "[judge]") {
  for (auto v : {Verdict::AC, Verdict::WA, Verdict::TLE, Verdict::MLE, Verdict::RE, Verdict::CE,
                 Verdict::ERR})
    CHECK(verdict_from_string(to_string(v)) == v);
  CHECK(to_string(Verdict::TLE) == "TLE");
}

TEST_CASE("A duration is shown in the unit that fits it", "[judge]") {
  CHECK(format_duration(0.037) == "37 µs");
  CHECK(format_duration(0.0004) == "<1 µs");
  CHECK(format_duration(0.0) == "0 µs");
  CHECK(format_duration(1.234) == "1.23 ms");
  CHECK(format_duration(0.9996) == "1.00 ms");
  CHECK(format_duration(512.3) == "512 ms");
  CHECK(format_duration(1040) == "1.04 s");
  CHECK(format_duration(61000) == "61.0 s");
}

TEST_CASE("A reference's time is its thread's CPU time: a sleep costs nothing", "[judge]") {
  struct Sleeper {
    int nap(int ms) {
      std::this_thread::sleep_for(std::chrono::milliseconds(ms));
      return ms;
    }
  };
  auto r = invoker(kata::bind::function<&Sleeper::nap>({"ms"}))(Json::parse("[50]"), CallOptions{});
  CHECK(r.answer == Json(50));
  CHECK(r.seconds < 0.025);  // 50 ms of wall time, almost no CPU
}

TEST_CASE("Text from an attempt is printed escaped, on one line, as valid UTF-8", "[judge]") {
  CHECK(printable("plain text, 中文 ok") == "plain text, 中文 ok");
  CHECK(printable("two\nlines\r\tand\x1b[2J") == "two\\nlines\\r\\tand\\x1b[2J");
  CHECK(printable(std::string("nul\0byte", 8)) == "nul\\x00byte");
  CHECK(printable("bad \xff byte") == "bad \xef\xbf\xbd byte");
  CHECK(printable("cut \xe4\xb8") == "cut \xef\xbf\xbd\xef\xbf\xbd");  // a sequence cut short
  CHECK(printable("\xed\xa0\x80") == "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  // a surrogate
  CHECK(printable("\xc0\xaf") == "\xef\xbf\xbd\xef\xbf\xbd");                  // an overlong slash
  CHECK(printable(std::string(50, 'a'), 10) == std::string(10, 'a') + "...");
  CHECK(printable(std::string(10, 'a'), 10) == std::string(10, 'a'));
}
