// The practice log (log.hpp): tolerant reads that never touch the file, and
// appends from several processes that never interleave.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>  // fork, _exit

#include <algorithm>
#include <map>

#include <kata/judge/judge.hpp>
#include <kata/practice/daily.hpp>
#include <kata/practice/log.hpp>
#include <kata/practice/stats.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;

TEST_CASE("A record survives the round trip through a line", "[log]") {
  Record r = attempt("bs-easy", day("2026-03-10"), "WA", 12.5);
  r.pattern = "binary-search";
  r.difficulty = "Easy";
  r.file = "practice/bs-easy.cpp";
  std::string why;
  auto back = from_json_line(to_json_line(r), why);
  REQUIRE(back);
  CHECK(back->event == Event::attempt);
  CHECK(back->time == r.time);
  CHECK(back->problem == "bs-easy");
  CHECK(back->verdict == kata::judge::Verdict::WA);
  CHECK(back->passed == 3);
  CHECK(back->total == 10);
  CHECK(back->seconds == Approx(12.5));
  CHECK(back->file == r.file);
}

TEST_CASE("A corrupt line in the middle is reported with its number and skipped", "[log]") {
  TempDir dir;
  const auto log = dir / "practice-log.jsonl";
  const Day d = day("2026-03-10");
  std::string text = to_json_line(attempt("bs-easy", d, "WA")) + "\n" +
                     to_json_line(attempt("bs-easy", d, "AC")) + "\n" +
                     "{\"event\":\"attempt\",\"time\":\"2026-03-10T12:0" + "\n" +  // torn
                     "\n" +                                                        // blank: fine
                     "{\"event\":\"attempt\",\"time\":\"yesterday\",\"problem\":\"x\"}\n" +
                     to_json_line(attempt("lru", d, "AC")) + "\n";
  write_file(log, text);

  auto read = read_log(log);
  REQUIRE(read.records.size() == 3);
  CHECK(read.records[0].verdict == kata::judge::Verdict::WA);
  CHECK(read.records[2].problem == "lru");
  REQUIRE(read.problems.size() == 2);
  CHECK_THAT(read.problems[0], Catch::StartsWith(log.string() + ":3: skipped:"));
  CHECK_THAT(read.problems[1], Catch::StartsWith(log.string() + ":5: skipped:"));
  CHECK_THAT(read.problems[1], Catch::Contains("\"time\""));

  // Everything that reads the log leaves it byte for byte as it was.
  const auto catalog = small_catalog();
  (void)pick_daily(read.records, catalog, d + std::chrono::days{1});
  (void)compute_stats(read.records, catalog, d);
  (void)read_log(log);
  CHECK(slurp(log) == text);
}

TEST_CASE("A verdict the judge does not know is named and its line skipped", "[log]") {
  TempDir dir;
  const auto log = dir / "practice-log.jsonl";
  const Day d = day("2026-03-10");
  std::string text = to_json_line(attempt("bs-easy", d, "AC")) + "\n" +
                     "{\"event\":\"attempt\",\"time\":\"2026-03-10T12:00:00+08:00\","
                     "\"problem\":\"bs-easy\",\"verdict\":\"XYZ\",\"passed\":1,\"total\":14}\n";
  write_file(log, text);
  auto read = read_log(log);
  REQUIRE(read.records.size() == 1);
  CHECK(read.records[0].verdict == kata::judge::Verdict::AC);
  REQUIRE(read.problems.size() == 1);
  CHECK_THAT(read.problems[0], Catch::StartsWith(log.string() + ":2: skipped:"));
  CHECK_THAT(read.problems[0], Catch::Contains("unknown verdict \"XYZ\""));
}

TEST_CASE("A torn log never loses a whole record: cut at every byte, then append", "[log][torn]") {
  TempDir dir;
  const auto log = dir / "practice-log.jsonl";
  const Day d = day("2026-03-10");
  std::vector<Record> three = {start("bs-easy", d), attempt("bs-easy", d, "WA"),
                               attempt("bs-easy", d, "AC", 60)};
  three[0].hash = "";
  std::string whole;
  std::vector<std::size_t> ends;  // the offset just past each record's newline
  for (const auto& r : three) {
    whole += to_json_line(r) + "\n";
    ends.push_back(whole.size());
  }
  Record next = attempt("lru", d, "AC", 30);
  for (std::size_t cut = 0; cut <= whole.size(); ++cut) {
    INFO("cut at byte " << cut);
    write_file(log, whole.substr(0, cut));
    append(log, next);  // a crash mid-write, then the next kata test
    auto read = read_log(log);
    // Every record whose line was whole before the cut, then the new one.
    std::size_t kept = 0;
    while (kept < ends.size() && ends[kept] <= cut) ++kept;
    // A cut just before a record's newline leaves that record whole: it counts too.
    if (kept < ends.size() && cut == ends[kept] - 1) ++kept;
    REQUIRE(read.records.size() == kept + 1);
    for (std::size_t i = 0; i < kept; ++i) CHECK(read.records[i].problem == "bs-easy");
    CHECK(read.records.back().problem == "lru");
    CHECK(read.records.back().verdict == kata::judge::Verdict::AC);
    // A torn part is named, once; nothing else is.
    bool torn = cut != 0 && std::find(ends.begin(), ends.end(), cut) == ends.end() &&
                !(kept > 0 && cut == ends[kept - 1] - 1);
    CHECK(read.problems.size() == (torn ? 1u : 0u));
  }
}

TEST_CASE("A record appended onto a torn line by an older kata is recovered", "[log][torn]") {
  TempDir dir;
  const auto log = dir / "practice-log.jsonl";
  const Day d = day("2026-03-10");
  write_file(log, "{\"event\":\"start\",\"time\":\"2026-12-04T03:53:00+00:00\"" +
                      to_json_line(attempt("lru", d, "AC", 30)) + "\n");
  auto read = read_log(log);
  REQUIRE(read.records.size() == 1);
  CHECK(read.records[0].problem == "lru");
  CHECK(read.records[0].line == 1);
  REQUIRE(read.problems.size() == 1);
  CHECK_THAT(read.problems[0], Catch::Contains(":1: skipped: a torn record"));
}

TEST_CASE("Hand-edited records are checked field by field, each named with its line", "[log][strict]") {
  struct Bad {
    const char* line;
    const char* why;
  };
  const std::string head = R"({"event":"attempt","time":"2026-03-10T12:00:00+08:00","problem":"bs-easy",)";
  const std::vector<Bad> bad = {
      {R"("verdict":"XYZ","passed":1,"total":14})", "unknown verdict \"XYZ\""},
      {R"("verdict":"AC","passed":0,"total":-3})", "\"total\", a whole number"},
      {R"("verdict":"WA","passed":-1,"total":3})", "\"passed\", a whole number"},
      {R"("verdict":"WA","passed":5,"total":3})", "5 of 3 cases passed is impossible"},
      {R"("verdict":"AC","passed":2,"total":3})", "AC with 2 of 3"},
      {R"("verdict":"AC","passed":0,"total":0})", "AC with 0 of 0"},
      {R"("verdict":"WA","total":3})", "\"passed\""},
      {R"("verdict":"WA","passed":"1","total":3})", "\"passed\""},
      {R"("verdict":"AC","passed":3,"total":3,"seconds":-5})", "\"seconds\""},
      {R"("verdict":"AC","passed":3,"total":3,"seconds":"long"})", "\"seconds\""},
      {R"("verdict":"AC","passed":3,"total":3,"difficulty":"Trivial"})", "unknown difficulty"},
      {R"("verdict":"AC","passed":3,"total":3,"pattern":7})", "\"pattern\" must be a string"},
      {R"("verdict":7,"passed":3,"total":3})", "\"verdict\" must be a string"},
  };
  for (const auto& b : bad) {
    INFO(b.line);
    std::string why;
    CHECK_FALSE(from_json_line(head + b.line, why));
    CHECK_THAT(why, Catch::Contains(b.why));
  }
  std::string why;
  CHECK_FALSE(from_json_line(R"({"event":"start","time":"2026-02-30T12:00:00+08:00","problem":"x"})", why));
  CHECK_THAT(why, Catch::Contains("\"time\""));
  CHECK_FALSE(from_json_line(R"({"event":"start","time":"2026-03-10T25:00:00+08:00","problem":"x"})", why));
  CHECK(from_json_line(head + R"("verdict":"AC","passed":3,"total":3,"seconds":null})", why));
  CHECK(from_json_line(head + R"("verdict":"ERR","passed":0,"total":0})", why));
}

TEST_CASE("With the catalog, a record of a problem it does not have is named and skipped", "[log][strict]") {
  TempDir dir;
  const auto log = dir / "practice-log.jsonl";
  const Day d = day("2026-03-10");
  write_file(log, to_json_line(attempt("bs-easy", d, "AC")) + "\n" +
                      to_json_line(attempt("no-such-problem", d, "AC")) + "\n");
  const auto catalog = small_catalog();
  auto read = read_log(log, &catalog);
  REQUIRE(read.records.size() == 1);
  REQUIRE(read.problems.size() == 1);
  CHECK_THAT(read.problems[0], Catch::Contains(":2: skipped: unknown problem \"no-such-problem\""));
  CHECK(compute_stats(read.records, catalog, d).total.solved == 1);
  CHECK(read_log(log).records.size() == 2);  // without a catalog, nothing to check it against
}

TEST_CASE("A log that is a folder cannot be read, and says so", "[log]") {
  TempDir dir;
  std::filesystem::create_directories(dir / "log.jsonl");
  auto read = read_log(dir / "log.jsonl");
  CHECK(read.records.empty());
  CHECK_FALSE(read.unreadable.empty());
  CHECK(read_log(dir / "missing.jsonl").unreadable.empty());  // missing: just no practice yet
}

TEST_CASE("A missing log is an empty one", "[log]") {
  TempDir dir;
  auto read = read_log(dir / "nothing-here.jsonl");
  CHECK(read.records.empty());
  CHECK(read.problems.empty());
}

TEST_CASE("The time spent is counted from the latest start of the same problem", "[log]") {
  std::vector<Record> records = {start("a", day("2026-03-09")), start("b", day("2026-03-10")),
                                 start("a", day("2026-03-10"))};  // 09:00 +08:00
  CHECK(seconds_since_start(records, "a", "2026-03-10T09:30:00+08:00") == 1800.0);
  CHECK(seconds_since_start(records, "a", "2026-03-10T02:30:00+01:00") == 1800.0);  // same instant
  CHECK_FALSE(seconds_since_start(records, "c", "2026-03-10T09:30:00+08:00"));      // never started
  CHECK_FALSE(seconds_since_start(records, "a", "not a time"));
}

TEST_CASE("kata start and kata test write a start, then an attempt timed from it", "[log]") {
  TempDir dir;
  const auto log = dir / "notes" / "practice-log.jsonl";  // the folder is made too
  kata::judge::ProblemMeta meta;
  meta.slug = "bs-easy";
  meta.pattern = "binary-search";
  meta.difficulty = "Easy";
  record_start(log, meta);
  kata::judge::ProblemResult result;
  result.verdict = kata::judge::Verdict::WA;
  result.passed = 7;
  result.total = 9;
  record_attempt(log, meta, result, "abc123", "practice/bs-easy.cpp");
  auto read = read_log(log);
  CHECK(read.problems.empty());
  REQUIRE(read.records.size() == 2);
  const Record& s = read.records[0];
  const Record& a = read.records[1];
  CHECK(s.event == Event::start);
  CHECK(s.problem == "bs-easy");
  CHECK(s.pattern == "binary-search");
  CHECK(a.event == Event::attempt);
  CHECK(a.difficulty == "Easy");
  CHECK(a.verdict == kata::judge::Verdict::WA);
  CHECK(a.passed == 7);
  CHECK(a.total == 9);
  CHECK(a.hash == "abc123");
  CHECK(a.file == "practice/bs-easy.cpp");
  REQUIRE(a.seconds);
  CHECK(*a.seconds >= 0);
  CHECK(*a.seconds < 60);
}

TEST_CASE("Records come newest first by their instant, whatever their offsets", "[log]") {
  std::vector<Record> records = {
      attempt("a", day("2026-03-10"), "AC", {}, "12:00:00", "+08:00"),  // 04:00 UTC
      attempt("b", day("2026-03-10"), "AC", {}, "01:00:00", "-05:00"),  // 06:00 UTC
      attempt("c", day("2026-03-09"), "AC", {}, "23:00:00", "+00:00"),  // earliest
      attempt("d", day("2026-03-10"), "AC", {}, "12:00:00", "+08:00"),  // same as a, later in file
  };
  std::string order;
  for (const Record* r : newest_first(records)) order += r->problem;
  CHECK(order == "bdac");
}

TEST_CASE("Two processes appending 1,000 records each leave 2,000 whole records", "[log][fork]") {
  TempDir dir;
  const auto log = dir / "practice-log.jsonl";
  constexpr int kEach = 1000;
  auto child = [&](const std::string& who) {
    Record r = attempt(who, day("2026-03-10"), "WA");
    r.file = std::string(200, who[0]);  // long lines make a torn write more likely
    for (int i = 0; i < kEach; ++i) {
      r.hash = std::to_string(i);
      append(log, r);
    }
  };
  std::vector<pid_t> pids;
  for (const char* who : {"left", "right"}) {
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      int code = 0;
      try {
        child(who);
      } catch (...) {
        code = 1;
      }
      ::_exit(code);  // no Catch2 teardown in the child
    }
    pids.push_back(pid);
  }
  for (pid_t pid : pids) {
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  auto read = read_log(log);
  CHECK(read.problems.empty());
  REQUIRE(read.records.size() == 2 * kEach);
  // Each writer's records are all there, in the order it wrote them.
  std::map<std::string, int> next;
  for (const auto& r : read.records) {
    INFO(r.problem << " " << r.hash);
    CHECK(r.hash == std::to_string(next[r.problem]++));
  }
  CHECK(next["left"] == kEach);
  CHECK(next["right"] == kEach);
}
