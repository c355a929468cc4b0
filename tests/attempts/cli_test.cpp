// The verbs as a practiser uses them: kata start, kata test (with its log record), kata stress.
#include <sys/wait.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <thread>

#include <catch2/catch.hpp>

#include <kata/attempt/debug.hpp>
#include <kata/practice/log.hpp>

#include "fixtures.hpp"

using namespace kata;
using namespace kata::test;

namespace {

// A KATA_HOME of its own: the real problems (or another catalog), an empty
// practice folder and log.
struct Home {
  fs::path dir = fs::temp_directory_path() / ("kata-home-" + std::to_string(::getpid()));
  fs::path log = dir / "log.jsonl";
  explicit Home(const fs::path& problems = fs::path(KATA_TEST_SOURCE_DIR) / "problems") {
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::create_directory_symlink(problems, dir / "problems");
  }
  ~Home() { fs::remove_all(dir); }
  // Runs kata with this home; returns the exit status; stdout into `out`.
  int kata(const std::string& args, std::string* out = nullptr,
           const std::string& env = "") const {
    fs::path captured = dir / "stdout.txt";
    std::string cmd = env + " KATA_HOME='" + dir.string() + "' KATA_LOG='" + log.string() + "' '" +
                      std::string(KATA_BINARY) + "' " + args + " >'" + captured.string() + "' 2>&1";
    int status = std::system(cmd.c_str());
    if (out) {
      std::ifstream in(captured);
      out->assign(std::istreambuf_iterator<char>(in), {});
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
};

// A process started in the background (`cmd &`) outlives its shell, and then
// becomes this process's child: kata's sandbox made the test a child subreaper
// (sandbox.hpp). At the end of a test that starts one: waits for such children to
// end (up to 10 s) and reaps them, so that no zombie is left for the tests that
// check that nothing outlived their own children.
struct ReapBackgroundAtEnd {
  ~ReapBackgroundAtEnd() {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    for (;;) {
      const pid_t pid = ::waitpid(-1, nullptr, WNOHANG);
      if (pid > 0) continue;
      if (pid < 0 || std::chrono::steady_clock::now() > until) return;  // none left, or given up
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }
};

}  // namespace

TEST_CASE("kata start writes a stub and logs the start; kata test judges it and logs the attempt",
          "[attempts][cli]") {
  Home home;
  std::string out;
  REQUIRE(home.kata("start search-insert-position", &out) == 0);
  auto stub = home.dir / "practice" / "search-insert-position.cpp";
  CHECK(fs::exists(stub));
  CHECK_THAT(out, Catch::Contains("search-insert-position.cpp"));
  CHECK(fs::exists(home.dir / "practice" / "compile_commands.json"));
  std::ofstream(stub, std::ios::app) << "// some work\n";
  CHECK(home.kata("start search-insert-position") == 2);  // never overwrites without --force
  CHECK(home.kata("start search-insert-position --force") == 0);  // ... and keeps it then
  CHECK(fs::exists(home.dir / "practice" / "history" / "search-insert-position"));

  CHECK(home.kata("test search-insert-position --json", &out) == 1);  // the stub returns 0
  auto j = judge::Json::parse(out.substr(out.find('{')));
  CHECK(j["verdict"] == "WA");
  CHECK(j["cases"].is_array());

  fs::copy_file(fixture("search-insert-position", "ac"), stub,
                fs::copy_options::overwrite_existing);
  CHECK(home.kata("test search-insert-position") == 0);

  auto log = practice::read_log(home.log);
  CHECK(log.problems.empty());
  REQUIRE(log.records.size() == 4);
  CHECK(log.records[0].event == practice::Event::start);
  CHECK(log.records[2].event == practice::Event::attempt);
  CHECK(log.records[2].verdict == judge::Verdict::WA);
  const auto& last = log.records[3];
  CHECK(last.event == practice::Event::attempt);
  CHECK(last.problem == "search-insert-position");
  CHECK(last.pattern == "binary-search");
  CHECK(last.difficulty == "Easy");
  CHECK(last.verdict == judge::Verdict::AC);
  CHECK(last.passed == last.total);
  CHECK(last.total > 8);
  REQUIRE(last.seconds);
  CHECK(*last.seconds >= 0);
  CHECK(last.hash == attempt::hash_file(stub));
  CHECK_THAT(last.file, Catch::Contains("search-insert-position.cpp"));
}

TEST_CASE("An isolated attempt cannot forge the practice log; without isolation kata says so",
          "[attempts][cli]") {
  Home home;
  std::string out;
  if (attempt::sandbox::isolation().available) {
    auto file = fixture("search-insert-position", "ac_forges_the_log");
    CHECK(home.kata("test search-insert-position --file '" + file.string() + "'", &out) == 0);
    auto log = practice::read_log(home.log);
    REQUIRE(log.records.size() == 1);  // kata's own
    CHECK(log.records[0].problem == "search-insert-position");
    CHECK_THAT(out, !Catch::Contains("isolation is off"));
  } else {
    WARN("isolation is off here: " << attempt::sandbox::isolation().why_not);
  }
  // Turned off (as on a machine that refuses namespaces): judged all the same,
  // with one warning.
  auto ac = fixture("search-insert-position", "ac");
  CHECK(home.kata("test search-insert-position --fast --file '" + ac.string() + "'", &out,
                  "KATA_SANDBOX=none") == 0);
  CHECK_THAT(out, Catch::Contains("kata: warning: isolation is off (KATA_SANDBOX=none)"));
  CHECK_THAT(out, Catch::Contains("AC  (not sanitized) search-insert-position  12/12 passed"));
}

TEST_CASE("kata test --file judges any file and logs it; --log overrides the log",
          "[attempts][cli]") {
  Home home;
  auto other_log = home.dir / "other.jsonl";
  auto file = fixture("search-insert-position", "re_throw");
  CHECK(home.kata("test search-insert-position --file '" + file.string() + "' --log '" +
                  other_log.string() + "'") == 1);
  auto log = practice::read_log(other_log);
  REQUIRE(log.records.size() == 1);
  CHECK(log.records[0].verdict == judge::Verdict::RE);
  CHECK_FALSE(log.records[0].seconds);  // never started
  std::string out;
  CHECK(home.kata("test search-insert-position --file /nonexistent.cpp", &out) == 2);
  // The user named the file: `kata start` would write another one.
  CHECK_THAT(out, Catch::Contains("/nonexistent.cpp: no such file"));
  CHECK_THAT(out, !Catch::Contains("kata start"));
  CHECK(home.kata("stress search-insert-position --file /nonexistent.cpp", &out) == 2);
  CHECK_THAT(out, Catch::Contains("/nonexistent.cpp: no such file"));
  CHECK_THAT(out, !Catch::Contains("kata start"));
  // Without --file, the missing attempt is the one `kata start` writes.
  CHECK(home.kata("test search-insert-position", &out) == 2);
  CHECK_THAT(out, Catch::Contains("`kata start search-insert-position` writes one"));
}

namespace {

// The number after `prefix` in `text` (0 when there is none).
std::uint64_t number_after(const std::string& text, const std::string& prefix) {
  auto at = text.find(prefix);
  if (at == std::string::npos) return 0;
  return std::strtoull(text.c_str() + at + prefix.size(), nullptr, 10);
}

}  // namespace

TEST_CASE("kata stress saves the shrunk failure, and kata test then runs it", "[attempts][cli]") {
  Home home;
  fs::create_directories(home.dir / "practice");
  fs::copy_file(fixture("search-insert-position", "stress_planted"),
                home.dir / "practice" / "search-insert-position.cpp");
  // The planted bug passes every case of cases.json...
  CHECK(home.kata("test search-insert-position") == 0);
  std::string out;
  CHECK(home.kata("stress search-insert-position --iterations 300", &out) == 1);
  INFO(out);
  // A seed of its own, said first, so that the run can be replayed.
  std::uint64_t seed = number_after(out, "seed ");
  CHECK(out.rfind("seed " + std::to_string(seed) + "; replay with --seed " +
                      std::to_string(seed) + "\n",
                  0) == 0);
  CHECK_THAT(out, Catch::Contains("saved as"));
  auto saved = home.dir / "practice" / "search-insert-position.cases.json";
  REQUIRE(fs::exists(saved));
  // ...and fails the one stress saved.
  CHECK(home.kata("test search-insert-position --json", &out) == 1);
  auto j = judge::Json::parse(out.substr(out.find('{')));
  CHECK(j["verdict"] == "WA");
}

TEST_CASE("kata stress picks a new seed each run; a saved case's seed replays it first",
          "[attempts][cli]") {
  Home home;
  fs::create_directories(home.dir / "practice");
  fs::copy_file(fixture("search-insert-position", "stress_planted"),
                home.dir / "practice" / "search-insert-position.cpp");
  std::string first, second;
  CHECK(home.kata("stress search-insert-position --fast --iterations 300", &first) == 1);
  CHECK(home.kata("stress search-insert-position --fast --iterations 300", &second) == 1);
  INFO(first);
  INFO(second);
  CHECK(number_after(first, "seed ") != number_after(second, "seed "));

  // The name the case is saved under is the seed that replays it.
  std::uint64_t case_seed = number_after(first, "saved as \"stress-seed-");
  REQUIRE(case_seed != 0);
  std::string replay;
  CHECK(home.kata("stress search-insert-position --fast --seed " + std::to_string(case_seed),
                  &replay) == 1);
  INFO(replay);
  CHECK(replay.rfind("seed " + std::to_string(case_seed) + ";", 0) == 0);
  CHECK_THAT(replay, Catch::Contains("the first input disagrees"));  // the saved one comes first
  // The same input shrunk the same way: the case file already holds it, under its name.
  CHECK_THAT(replay,
             Catch::Contains("saved as \"stress-seed-" + std::to_string(case_seed) + "\""));
  auto shrunk_line = [](const std::string& out) {
    auto at = out.find("shrunk to");
    return at == std::string::npos ? std::string() : out.substr(at, out.find('\n', at) - at);
  };
  CHECK(shrunk_line(replay) == shrunk_line(first));
  std::vector<judge::LoadError> errors;
  const auto* p = catalog().find("search-insert-position");
  REQUIRE(p);
  auto saved = judge::load_cases(home.dir / "practice" / "search-insert-position.cases.json",
                                 p->meta, errors);
  CHECK(errors.empty());
  CHECK(saved.size() <= 2);  // one per run that found a new shrunk input, none for the replay

  std::string help;
  CHECK(home.kata("stress --help", &help) == 0);
  // Help is broken into lines for 80 columns: read it as one line of words.
  std::string words;
  for (char c : help)
    if (c != '\n' && c != ' ') words += c;
    else if (!words.empty() && words.back() != ' ') words += ' ';
  CHECK_THAT(words, Catch::Contains("random seed each run, printed first"));
}

TEST_CASE("kata run and kata test agree on a case's time: the CPU time of the call",
          "[attempts][cli]") {
  // One problem whose solution is also the attempt: a case busy on the CPU for six
  // time limits (TLE), and one asleep for one and a half (AC: sleeping costs no CPU).
  Home home(fs::path(KATA_ATTEMPT_FIXTURES) / "catalog");
  fs::path solution = fs::path(KATA_ATTEMPT_FIXTURES) / "catalog" / "binary-search" /
                      "cpu-or-sleep" / "solution.cpp";
  auto verdicts = [](const judge::Json& cases) {
    std::vector<std::string> out;
    for (const auto& c : cases)
      out.push_back(c["name"].get<std::string>() + " " + c["verdict"].get<std::string>());
    return out;
  };
  // (The busy case comes last: a limit stops an attempt's run, as on LeetCode.)
  const std::vector<std::string> expected{"quick AC", "asleep-one-and-a-half-limits AC",
                                          "busy-six-limits TLE"};
  std::string out;
  CHECK(home.kata("run --json", &out) == 1);
  auto run = judge::Json::parse(out.substr(out.find('{')));
  REQUIRE(run["problems"].size() == 1);
  CHECK(verdicts(run["problems"][0]["cases"]) == expected);

  CHECK(home.kata("test cpu-or-sleep --file '" + solution.string() + "' --json", &out) == 1);
  auto test = judge::Json::parse(out.substr(out.find('{')));
  CHECK(verdicts(test["cases"]) == expected);

  CHECK(home.kata("test cpu-or-sleep --reference --json", &out) == 1);
  auto reference = judge::Json::parse(out.substr(out.find('{')));
  CHECK(verdicts(reference["cases"]) == expected);
}

TEST_CASE("In a mock interview kata test says how many cases passed, and no more",
          "[attempts][cli]") {
  Home home;
  std::string out;
  const std::string now = "KATA_NOW=2026-03-10T09:00:00+08:00";
  REQUIRE(home.kata("interview --problems 1 --seed 2", &out, now) == 0);
  auto log = practice::read_log(home.log);
  REQUIRE_FALSE(log.records.empty());
  const std::string slug = log.records.back().problem;
  INFO(slug);
  // The stub as written: it compiles and fails.
  home.kata("test " + slug + " --fast", &out, now);
  CHECK_THAT(out, Catch::Contains("cases passed (a mock interview: no more until it ends)"));
  CHECK_THAT(out, !Catch::Contains("expected"));
  CHECK(practice::read_log(home.log).records.back().event == practice::Event::attempt);
  // After it ends, the full verdict again.
  CHECK(home.kata("interview end", &out, now) == 0);
  CHECK_THAT(out, Catch::Contains("Interview of 2026-03-10 09:00"));
  home.kata("test " + slug + " --fast", &out, now);
  CHECK_THAT(out, !Catch::Contains("a mock interview"));
  CHECK_THAT(out, Catch::Contains(slug));
}

TEST_CASE("kata test shows the first failure in full and one line for each other; --all, --case",
          "[attempts][cli]") {
  Home home;
  const std::string file = "--fast --file '" + fixture("search-insert-position", "wa_off_by_one").string() + "'";
  std::string brief, all, one;
  CHECK(home.kata("test search-insert-position " + file, &brief) == 1);
  auto count = [](const std::string& text, const std::string& what) {
    int n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  CHECK(count(brief, "expected  ") == 1);  // one case in full (its label, not the diff)
  CHECK(count(brief, "  WA ") == 4);      // and a line for each failing case
  CHECK(count(brief, "  AC ") == 0);
  CHECK_THAT(brief, Catch::Contains("(3 more failing; --all shows them in full"));
  CHECK_THAT(brief, Catch::Contains("8/12 passed"));
  CHECK(home.kata("test search-insert-position --all " + file, &all) == 1);
  CHECK(count(all, "expected  ") == 4);
  CHECK(count(all, "  AC ") == 8);
  CHECK(home.kata("test search-insert-position --case before-the-start " + file, &one) == 1);
  CHECK_THAT(one, Catch::Contains("0/1 passed") && Catch::Contains("before-the-start"));
  CHECK(home.kata("test search-insert-position --case no-such-case " + file, &one) == 2);
  CHECK_THAT(one, Catch::Contains("no case named \"no-such-case\"") &&
                      Catch::Contains("example-1-found"));
}

namespace {

// Waits up to a minute for `pred`, checking every 50 ms.
template <class Pred>
bool eventually(Pred pred) {
  for (int i = 0; i < 1200; ++i) {
    if (pred()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return pred();
}

int occurrences(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::string text_of(const fs::path& file) {
  std::ifstream in(file);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("kata test --watch judges once per save, in place or by rename, not on a touch",
          "[attempts][cli][watch]") {
  ReapBackgroundAtEnd reap;
  Home home;
  const fs::path practice = home.dir / "practice";
  fs::create_directories(practice);
  const fs::path attempt = practice / "search-insert-position.cpp";
  fs::copy_file(fixture("search-insert-position", "wa_off_by_one"), attempt);
  const fs::path out = home.dir / "watch.txt";
  const std::string cmd = "KATA_WATCH_LIMIT=3 KATA_HOME='" + home.dir.string() + "' KATA_LOG='" +
                          home.log.string() + "' '" + std::string(KATA_BINARY) +
                          "' test search-insert-position --fast --watch >'" + out.string() +
                          "' 2>&1 &";
  REQUIRE(std::system(cmd.c_str()) == 0);
  auto watching = [&](int n) { return eventually([&] { return occurrences(text_of(out), "watching ") >= n; }); };
  REQUIRE(watching(1));
  // A save with nothing changed is no reason to judge.
  { std::ofstream(attempt, std::ios::app); }
  // Written in place.
  fs::copy_file(fixture("search-insert-position", "ac"), attempt, fs::copy_options::overwrite_existing);
  REQUIRE(watching(2));
  // Saved by rename, as vim does.
  const fs::path fresh = practice / ".search-insert-position.cpp.swp";
  fs::copy_file(fixture("search-insert-position", "wa_off_by_one"), fresh);
  fs::rename(fresh, attempt);
  REQUIRE(eventually([&] { return occurrences(text_of(out), " passed") >= 3; }));
  auto log = practice::read_log(home.log);
  REQUIRE(log.records.size() == 3);
  CHECK(log.records[0].verdict == judge::Verdict::WA);
  CHECK(log.records[1].verdict == judge::Verdict::AC);
  CHECK(log.records[2].verdict == judge::Verdict::WA);
  // It stopped at its limit: nothing judges a fourth time.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(occurrences(text_of(out), " passed") == 3);
}

TEST_CASE("kata test --watch ends cleanly at Ctrl-C", "[attempts][cli][watch]") {
  ReapBackgroundAtEnd reap;
  Home home;
  const fs::path practice = home.dir / "practice";
  fs::create_directories(practice);
  fs::copy_file(fixture("search-insert-position", "ac"), practice / "search-insert-position.cpp");
  const fs::path out = home.dir / "watch.txt", pid_file = home.dir / "pid.txt";
  const std::string cmd = "(KATA_HOME='" + home.dir.string() + "' KATA_LOG='" + home.log.string() +
                          "' '" + std::string(KATA_BINARY) +
                          "' test search-insert-position --fast --watch >'" + out.string() +
                          "' 2>&1; echo \"exit $?\" >>'" + out.string() + "') & echo $! >'" +
                          pid_file.string() + "'";
  REQUIRE(std::system(cmd.c_str()) == 0);
  REQUIRE(eventually([&] { return occurrences(text_of(out), "watching ") >= 1; }));
  const int pid = std::atoi(text_of(pid_file).c_str());
  REQUIRE(pid > 0);
  // kata is the subshell's child: Ctrl-C reaches it as SIGINT.
  std::system(("pkill -INT -P " + std::to_string(pid)).c_str());
  const bool ended = eventually([&] { return text_of(out).find("exit ") != std::string::npos; });
  if (!ended) std::system(("pkill -KILL -P " + std::to_string(pid)).c_str());  // leave nothing
  REQUIRE(ended);
  CHECK_THAT(text_of(out), Catch::Contains("exit 0"));
  CHECK(practice::read_log(home.log).records.size() == 1);
}

TEST_CASE("kata debug stops at the method with the first failing case's arguments",
          "[attempts][cli][debug]") {
  Home home;
  const fs::path practice = home.dir / "practice";
  fs::create_directories(practice);
  fs::copy_file(fixture("search-insert-position", "wa_off_by_one"),
                practice / "search-insert-position.cpp");
  std::string out;
  // Without a debugger: the runner and its case are written for an editor to run.
  REQUIRE(home.kata("debug search-insert-position --prepare", &out) == 0);
  CHECK_THAT(out, Catch::Contains("case \"before-the-start\" is the first that fails (WA)"));
  CHECK_THAT(out, Catch::Contains("ready to debug on case \"before-the-start\""));
  const fs::path debug = practice / ".debug";
  CHECK(fs::is_regular_file(debug / "search-insert-position"));
  CHECK_THAT(text_of(debug / "search-insert-position.case"), Catch::Contains("[[1,3,5,6],0]"));
  // The editor's files, written once and never over the person's own.
  const fs::path launch = practice / ".vscode" / "launch.json";
  REQUIRE(fs::is_regular_file(launch));
  CHECK(judge::Json::parse(text_of(launch))["configurations"][0]["type"] == "cppdbg");
  CHECK(judge::Json::parse(text_of(practice / ".vscode" / "tasks.json"))["tasks"][0]["args"][2] ==
        "--prepare");
  std::ofstream(launch) << "{\"mine\": true}\n";

  // After a `kata test`, its first failing case, while the attempt is unchanged.
  REQUIRE(home.kata("test search-insert-position --fast", &out) == 1);
  REQUIRE(home.kata("debug search-insert-position --prepare", &out) == 0);
  CHECK_THAT(out, Catch::Contains("case \"before-the-start\" is the first that failed in your "
                                  "last kata test"));
  std::ofstream(practice / "search-insert-position.cpp", std::ios::app) << "// edited\n";
  REQUIRE(home.kata("debug search-insert-position --prepare", &out) == 0);
  CHECK_THAT(out, Catch::Contains("is the first that fails (WA)"));

  if (!attempt::find_program("gdb")) {
    WARN("gdb is not installed: kata debug's run under gdb is not tested");
    return;
  }
  REQUIRE(home.kata("debug search-insert-position --batch", &out) == 0);
  CHECK_THAT(out, Catch::Contains("Breakpoint 1, Solution::searchInsert"));
  CHECK_THAT(out, Catch::Contains("nums = std::vector of length 4, capacity 4 = {1, 3, 5, 6}"));
  CHECK_THAT(out, Catch::Contains("target = 0"));
  CHECK_THAT(out, Catch::Contains("your answer: 1"));
  CHECK_THAT(out, Catch::Contains("they differ: expected 0, got 1"));
  CHECK(text_of(launch) == "{\"mine\": true}\n");

  // A case by name; this one the attempt gets right.
  REQUIRE(home.kata("debug search-insert-position example-2-between --batch", &out) == 0);
  CHECK_THAT(out, Catch::Contains("target = 2"));
  CHECK_THAT(out, Catch::Contains("they are the same"));
  CHECK(home.kata("debug search-insert-position no-such-case --batch", &out) == 2);
  CHECK_THAT(out, Catch::Contains("no case named \"no-such-case\""));

  // A design problem stops in the class's first call, its constructor.
  fs::copy_file(fixture("lru-cache", "ac_cxx20_paren_aggregate"), practice / "lru-cache.cpp");
  REQUIRE(home.kata("debug lru-cache only-constructor --batch", &out) == 0);
  CHECK_THAT(out, Catch::Contains("Breakpoint 1, LRUCache::LRUCache"));
  CHECK_THAT(out, Catch::Contains("capacity = 1"));
  CHECK_THAT(out, Catch::Contains("your answer: [null]"));
}

TEST_CASE("kata bench tells a quadratic attempt from the linear reference", "[attempts][cli][bench]") {
  Home home;
  // Five patterns: prefix sum, greedy, monotonic stack, two pointers, bit manipulation.
  const char* slugs[] = {"product-of-array-except-self", "maximum-subarray", "trapping-rain-water",
                         "container-with-most-water", "single-number"};
  for (const char* slug : slugs) {
    INFO(slug);
    std::string out;
    REQUIRE(home.kata(std::string("bench ") + slug + " --json --max-seconds 4 --file '" +
                          fixture(slug, "bench_quadratic").string() + "'",
                      &out) == 0);
    const auto j = judge::Json::parse(out.substr(out.find('{')));
    INFO(j.dump(2));
    CHECK(j["attempt"]["class"] == "n²");
    CHECK(j["stated_class"] == "n");
    // The reference is linear; on a busy machine the fit may decline to say, but it
    // is never read as the attempt's class or worse.
    const auto& ref = j["reference"]["class"];
    CHECK((ref.is_null() || ref == "n" || ref == "n log n"));
    CHECK_THAT(j["summary"].get<std::string>(), Catch::Contains("Your attempt grows like n²"));
  }
  // A cost in two variables (Edit Distance: O(m * n)) is compared through its growth in
  // the generator's size: the bench makes both words `size` long, so the reference's
  // dynamic programme grows like n², as stated (bench/bench_stability.sh: n² in 9
  // runs of 10; a blip at the smallest size, a few µs, can flatten the fit to n log n,
  // but never to n: a linear growth would mean one word stayed short).
  {
    std::string out;
    REQUIRE(home.kata("bench edit-distance --reference --json --max-seconds 4", &out) == 0);
    const auto j = judge::Json::parse(out.substr(out.find('{')));
    INFO(j.dump(2));
    CHECK(j["stated"] == "O(m * n)");
    CHECK(j["stated_growth"] == "O(n^2)");
    CHECK(j["stated_class"] == "n²");
    const auto& ref = j["reference"]["class"];
    CHECK((ref.is_null() || ref == "n²" || ref == "n log n"));
  }
  // Each bench is a log record with its fitted class, and does not count as an attempt.
  auto log = practice::read_log(home.log);
  REQUIRE(log.records.size() == 6);
  CHECK(log.records[0].event == practice::Event::bench);
  CHECK(log.records[0].fitted == "n²");
  CHECK(log.records[0].stated == "n");
  CHECK_FALSE(log.records[0].reference);
}

TEST_CASE("kata stress on a concurrency problem judges its cases under new seeds until one "
          "fails, and names the seed that replays the failure",
          "[attempts][cli]") {
  Home home;
  fs::create_directories(home.dir / "practice");
  const fs::path practice = home.dir / "practice" / "print-in-order.cpp";

  SECTION("a right attempt passes every round until the time is up") {
    fs::copy_file(fixture("print-in-order", "ac_semaphores"), practice);
    std::string out;
    CHECK(home.kata("stress print-in-order --fast --time 1 --seed 11", &out) == 0);
    INFO(out);
    CHECK_THAT(out, Catch::Contains("first base 11; --seed 11 repeats this search"));
    CHECK_THAT(out, Catch::Contains("print-in-order: ") && Catch::Contains(" (bases 11 to ") &&
                        Catch::Contains("every case right in each"));
  }

  SECTION("a wrong one fails in some round, and kata test --seed replays the run it names") {
    fs::copy_file(fixture("print-in-order", "wa_publishes_before_print"), practice);
    std::string out;
    CHECK(home.kata("stress print-in-order --fast --time 60", &out) == 1);
    INFO(out);
    CHECK_THAT(out, Catch::Contains("WA") && Catch::Contains("found in round"));
    const std::uint64_t seed = number_after(out, "(seed ");
    REQUIRE(seed != 0);
    std::string replay;
    CHECK(home.kata("test print-in-order --fast --seed " + std::to_string(seed), &replay) == 1);
    INFO(replay);
    CHECK_THAT(replay, Catch::Contains("(seed " + std::to_string(seed) + ":"));
  }
}
