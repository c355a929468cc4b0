// The practice verbs end to end: the built kata binary, run against a home of its
// own (KATA_HOME: a two-problem catalog and a notes folder) and a log of its own
// (KATA_LOG), both in a temporary folder.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>

#include <nlohmann/json.hpp>

#include <kata/practice/log.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;
using Json = nlohmann::json;
using Catch::Matchers::Contains;

namespace {

struct Run {
  int status = -1;
  std::string out, err;
};

constexpr const char* kFunctionProblem = R"({
  "id": 35, "slug": "search-insert-position", "title": "Search Insert Position",
  "pattern": "binary-search", "difficulty": "Easy",
  "url": "https://leetcode.com/problems/search-insert-position/", "kind": "function",
  "method": {"name": "searchInsert",
             "params": [{"name": "nums", "type": "vector<int>&"}, {"name": "target", "type": "int"}],
             "returns": "int"},
  "comparator": "exact"
})";

constexpr const char* kDesignProblem = R"({
  "id": 146, "slug": "lru-cache", "title": "LRU Cache", "pattern": "design",
  "difficulty": "Medium", "url": "https://leetcode.com/problems/lru-cache/", "kind": "design",
  "class": "LRUCache", "constructor": [{"name": "capacity", "type": "int"}],
  "methods": [{"name": "get", "params": [{"name": "key", "type": "int"}], "returns": "int"},
              {"name": "put", "params": [{"name": "key", "type": "int"}, {"name": "value", "type": "int"}],
               "returns": "void"}],
  "comparator": "exact"
})";

// A home with two problems and an empty log.
struct Home {
  TempDir dir;
  std::filesystem::path log = dir / "log.jsonl";
  Home() {
    write_file(dir / "problems/binary-search/search-insert-position/problem.json", kFunctionProblem);
    write_file(dir / "problems/binary-search/search-insert-position/README.md",
               "# 35. Search Insert Position\n\nFind where target goes in a sorted array.\n");
    write_file(dir / "problems/design/lru-cache/problem.json", kDesignProblem);
    write_file(dir / "problems/design/lru-cache/README.md", "# 146. LRU Cache\n\nForget the oldest.\n");
  }

  Run kata(const std::string& args, const std::string& env = "") const {
    const auto err_file = dir / "stderr.txt";
    std::string cmd = "NO_COLOR=1 KATA_HOME='" + dir.path().string() + "' KATA_LOG='" + log.string() +
                      "' " + env + " " + KATA_BINARY + " " + args + " 2>'" + err_file.string() + "'";
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int raw = pclose(p);
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.err = slurp(err_file);
    return r;
  }

  void add(const Record& r) const { append(log, r); }
};

}  // namespace

TEST_CASE("kata daily: the pick, why, the statement and the next command", "[verbs][daily]") {
  Home home;
  auto r = home.kata("daily --date 2026-03-10");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Contains("2026-03-10"));
  CHECK_THAT(r.out, Contains("35. Search Insert Position"));
  CHECK_THAT(r.out, Contains("Easy"));
  CHECK_THAT(r.out, Contains("binary-search"));
  CHECK_THAT(r.out, Contains("why: new problem"));
  CHECK_THAT(r.out, Contains("Find where target goes"));
  CHECK_THAT(r.out, Contains("int searchInsert(vector<int>& nums, int target)"));
  CHECK_THAT(r.out, Contains("next: kata start search-insert-position"));
  CHECK(home.kata("daily --date 2026-03-10").out == r.out);

  // Solved yesterday: today the design pattern is the least practised; its class
  // and methods are shown, not a single signature.
  home.add(attempt("search-insert-position", day("2026-03-10"), "AC", 200));
  r = home.kata("daily --date 2026-03-11");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Contains("146. LRU Cache"));
  CHECK_THAT(r.out, Contains("class LRUCache {"));
  CHECK_THAT(r.out, Contains("int get(int key)"));
  CHECK_THAT(r.out, Contains("void put(int key, int value)"));
  CHECK_THAT(r.out, Contains("next: kata start lru-cache"));

  // Two weeks on, the review is due and says how it went.
  auto j = Json::parse(home.kata("daily --date 2026-03-25 --json").out);
  CHECK(j["slug"] == "search-insert-position");
  CHECK(j["reason"] == "review");
  CHECK(j["card"]["last_seen"] == "2026-03-10");
  CHECK(j["card"]["last_rating"] == "easy");
  CHECK(j["next"] == "kata start search-insert-position");
  CHECK_THAT(j["why"].get<std::string>(), Contains("last seen 2026-03-10 (15 days ago)"));
}

TEST_CASE("kata daily: a bad --date is a usage error that says what it wants", "[verbs][daily]") {
  Home home;
  for (const char* bad : {"2026-13-01", "2026-02-30", "tomorrow", "2026-3-1", "''"}) {
    INFO(bad);
    auto r = home.kata(std::string("daily --date ") + bad);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("YYYY-MM-DD"));
  }
  CHECK(home.kata("stats --date 2026-00-10").status == 2);
  CHECK(home.kata("calendar --date x").status == 2);
  CHECK(home.kata("report --date x --out -").status == 2);
  CHECK(home.kata("log --since 10/03/2026").status == 2);
}

TEST_CASE("kata daily --list, and the default list in notes/kata.json", "[verbs][daily][lists]") {
  Home home;
  // A list that starts with the design problem, and has one kata does not.
  write_file(home.dir / "patterns/lists/plan.json", R"({"title": "The plan", "sections": [
    {"title": "First", "problems": [{"id": 146, "title": "LRU Cache"}, {"id": 1, "title": "Two Sum"}]},
    {"title": "Then", "problems": [{"id": 35, "title": "Search Insert Position"}]}]})");
  auto whole = home.kata("daily --date 2026-03-10 --json");
  REQUIRE(whole.status == 0);
  CHECK(Json::parse(whole.out)["slug"] == "search-insert-position");
  CHECK(Json::parse(whole.out)["list"].is_null());

  auto r = home.kata("daily --date 2026-03-10 --list plan");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Contains("146. LRU Cache"));
  CHECK_THAT(r.out, Contains("list: plan, The plan (from --list"));
  CHECK_THAT(r.out, Contains("number 1 of 3"));

  // The list in its own order, with what kata does not have yet.
  auto shown = home.kata("list --list plan");
  CHECK_THAT(shown.out, Contains("2 of 3 in kata"));
  CHECK_THAT(shown.out, Contains("Two Sum"));
  CHECK_THAT(shown.out, Contains("not in kata yet"));
  CHECK(shown.out.find("LRU Cache") < shown.out.find("Two Sum"));

  auto bad = home.kata("daily --list hot-1000");
  CHECK(bad.status == 2);
  CHECK_THAT(bad.err, Contains("no study list \"hot-1000\"; the lists are: plan"));

  // Set once in notes/kata.json; --list all overrides it.
  write_file(home.dir / "notes/kata.json", "{\n  \"list\": \"plan\"\n}\n");
  auto j = Json::parse(home.kata("daily --date 2026-03-10 --json").out);
  CHECK(j["slug"] == "lru-cache");
  CHECK(j["list"] == "plan");
  CHECK_THAT(j["list_from"].get<std::string>(), Contains("kata.json"));
  CHECK(Json::parse(home.kata("daily --date 2026-03-10 --json --list all").out)["slug"] ==
        "search-insert-position");

  // A setting naming no list is named with its line, and the day goes on.
  write_file(home.dir / "notes/kata.json", "{\n  \"list\": \"gone\"\n}\n");
  auto stale = home.kata("daily --date 2026-03-10");
  CHECK(stale.status == 0);
  CHECK_THAT(stale.err, Contains("kata.json:2: no study list \"gone\""));
  CHECK_THAT(stale.err, Contains("whole catalog"));
  CHECK_THAT(stale.out, Contains("35. Search Insert Position"));

  // Progress per list in kata stats, against the whole list.
  home.add(attempt("lru-cache", day("2026-03-09"), "AC", 300));
  auto s = Json::parse(home.kata("stats --date 2026-03-10 --json").out);
  REQUIRE(s["lists"].size() == 1);
  CHECK(s["lists"][0]["list"] == "plan");
  CHECK(s["lists"][0]["on_list"] == 3);
  CHECK(s["lists"][0]["in_catalog"] == 2);
  CHECK(s["lists"][0]["solved"] == 1);
  auto text = home.kata("stats --date 2026-03-10");
  CHECK_THAT(text.out, Contains("plan"));
  CHECK_THAT(text.out, Contains("2/3"));
  auto html = home.kata("report --date 2026-03-10 --out -");
  CHECK_THAT(html.out, Contains("Study lists"));
  CHECK_THAT(html.out, Contains("The plan (plan)"));
}

TEST_CASE("A log that is a folder: every verb that reads it says so and stops", "[verbs][log]") {
  Home home;
  std::filesystem::create_directories(home.dir / "a-folder");
  for (const char* verb : {"daily", "stats", "calendar", "log", "report --out -"}) {
    INFO(verb);
    auto r = home.kata(std::string(verb) + " --log '" + (home.dir / "a-folder").string() + "'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("cannot read the practice log"));
    CHECK_THAT(r.err, Contains("a-folder"));
  }
}

TEST_CASE("West of the writer, today's attempts are today's", "[verbs][stats][zones]") {
  Home home;
  // Written at 03:00 UTC on the 5th: 19:00 on the 4th in Los Angeles.
  home.add(attempt("search-insert-position", day("2026-03-05"), "AC", 120, "03:00:00", "+00:00"));
  auto j = Json::parse(home.kata("stats --date 2026-03-04 --json", "TZ='PST8PDT,M3.2.0,M11.1.0'").out);
  CHECK(j["total"]["solved"] == 1);
  CHECK(j["streak"]["current"] == 1);
  auto log = home.kata("log", "TZ='PST8PDT,M3.2.0,M11.1.0'");
  CHECK_THAT(log.out, Contains("2026-03-04 19:00"));
}

TEST_CASE("kata list marks what is solved, tried and due; long titles keep the columns", "[verbs][list]") {
  Home home;
  home.add(attempt("search-insert-position", day("2026-03-01"), "WA"));
  auto r = home.kata("list");
  REQUIRE(r.status == 0);
  // Tried, not solved, and due again (a failed session is due the next day).
  CHECK_THAT(r.out, Contains("\u00b7    35  Search Insert Position"));
  CHECK_THAT(r.out, Contains("search-insert-position  due"));
  CHECK_THAT(r.out, Contains("\n      146  LRU Cache"));  // untouched: no mark
  home.add(attempt("lru-cache", day("2026-03-02"), "AC", 100));
  CHECK_THAT(home.kata("list").out, Contains("\u2713   146  LRU Cache"));
  auto j = Json::parse(home.kata("list --json").out);
  CHECK(j["problems"][0]["status"] == "tried");
  CHECK(j["problems"][0]["due"] == true);
  CHECK(j["problems"][1]["status"] == "solved");

  // A title longer than its column is cut, and the difficulty still lines up.
  Home wide;
  write_file(wide.dir / "problems/binary-search/search-insert-position/problem.json",
             std::string(kFunctionProblem)
                 .replace(std::string(kFunctionProblem).find("Search Insert Position"), 22,
                          "Find First and Last Position of Element in Sorted Array Twice"));
  auto w = wide.kata("list");
  CHECK_THAT(w.out, Contains("\u2026 Easy"));
  std::size_t easy = w.out.find("Easy"), medium = w.out.find("Medium");
  REQUIRE(easy != std::string::npos);
  REQUIRE(medium != std::string::npos);
  auto column = [&](std::size_t at) { return at - w.out.rfind('\n', at); };
  // The ellipsis is three bytes wide in UTF-8 but one column on screen.
  CHECK(column(easy) - 2 == column(medium));
}

TEST_CASE("kata log: newest first, filtered; a corrupt line named and left alone", "[verbs][log]") {
  Home home;
  home.add(start("search-insert-position", day("2026-03-08")));
  home.add(attempt("search-insert-position", day("2026-03-08"), "WA", 100, "09:30:00"));
  {
    std::ofstream(home.log, std::ios::app) << "{\"event\": \"attempt\", \"ti\n";  // torn
  }
  home.add(attempt("lru-cache", day("2026-03-10"), "AC", 900));
  const std::string before = slurp(home.log);

  auto r = home.kata("log");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.err, Contains(home.log.string() + ":3: skipped"));
  auto lru = r.out.find("lru-cache"), wa = r.out.find(" WA "), st = r.out.find("start");
  REQUIRE(lru != std::string::npos);
  REQUIRE(wa != std::string::npos);
  REQUIRE(st != std::string::npos);
  CHECK(lru < wa);
  CHECK(wa < st);
  CHECK_THAT(r.out, Contains("15m"));

  auto j = Json::parse(home.kata("log --json --problem 35").out);
  REQUIRE(j["records"].size() == 2);
  CHECK(j["records"][0]["verdict"] == "WA");
  CHECK(j["skipped_lines"].size() == 1);
  CHECK(Json::parse(home.kata("log --json --since 2026-03-09").out)["records"].size() == 1);
  CHECK_THAT(home.kata("log --since 2027-01-01").out, Contains("no records match"));

  // Reading (by every verb) never rewrites the log.
  for (const char* verb : {"daily", "stats", "calendar", "report --out -"}) home.kata(verb);
  CHECK(slurp(home.log) == before);
}

TEST_CASE("kata stats, calendar and report read the same log", "[verbs][stats]") {
  Home home;
  for (const char* d : {"2026-03-08", "2026-03-09", "2026-03-10"})
    home.add(attempt("search-insert-position", day(d), "AC", 300));
  home.add(attempt("lru-cache", day("2026-03-10"), "WA"));

  auto s = home.kata("stats --date 2026-03-10 --json");
  REQUIRE(s.status == 0);
  auto j = Json::parse(s.out);
  CHECK(j["streak"]["current"] == 3);
  CHECK(j["streak"]["longest"] == 3);
  CHECK(j["total"]["attempts"] == 4);
  CHECK(j["total"]["solved"] == 1);
  CHECK(j["total"]["seen"] == 2);
  CHECK(j["total"]["in_catalog"] == 2);
  REQUIRE(j["patterns"].size() == 2);
  CHECK(j["patterns"][0]["pattern"] == "binary-search");
  CHECK(j["patterns"][0]["median_seconds_to_ac"] == 300);

  auto text = home.kata("stats --date 2026-03-10");
  CHECK_THAT(text.out, Contains("binary-search"));
  CHECK_THAT(text.out, Contains("streak: 3 days"));

  auto cal = home.kata("calendar --date 2026-03-10");
  REQUIRE(cal.status == 0);
  CHECK_THAT(cal.out, Contains("Mon"));
  CHECK_THAT(cal.out, Contains("4 attempts"));
  CHECK(cal.out.find('\x1b') == std::string::npos);

  const auto out = home.dir / "out/report.html";
  auto rep = home.kata("report --date 2026-03-10 --out " + out.string());
  REQUIRE(rep.status == 0);
  CHECK_THAT(rep.out, Contains(out.string()));
  const std::string html = slurp(out);
  CHECK_THAT(html, Contains("<svg "));
  CHECK_THAT(html, Contains("search-insert-position"));
  CHECK_FALSE(std::filesystem::exists(out.string() + ".tmp"));
}

TEST_CASE("kata note makes the note once; kata show then points at it", "[verbs][note]") {
  Home home;
  const auto note = home.dir / "notes/lru-cache.md";
  CHECK_THAT(home.kata("show lru-cache").out, !Contains("note:"));
  CHECK(Json::parse(home.kata("show lru-cache --json").out)["note"].is_null());

  auto r = home.kata("note lru-cache --no-edit");
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Contains(note.string()));
  CHECK_THAT(r.out, Contains("new"));
  const std::string text = slurp(note);
  CHECK_THAT(text, Contains("# 146. LRU Cache"));
  CHECK_THAT(text, Contains("https://leetcode.com/problems/lru-cache/"));
  CHECK_THAT(text, Contains("../patterns/design"));
  CHECK_THAT(text, Contains("../problems/design/lru-cache/README.md"));

  // Never overwritten; the editor is run on it.
  write_file(note, "mine\n");
  r = home.kata("note 146", "EDITOR=true");
  CHECK(r.status == 0);
  CHECK_THAT(r.out, !Contains("new"));
  CHECK(slurp(note) == "mine\n");
  CHECK(home.kata("note lru-cache", "EDITOR=false").status == 1);
  CHECK(home.kata("note no-such-problem --no-edit").status == 2);

  {
    // "note:" and the path, on one line when they fit in 80 columns.
    const std::string shown = home.kata("show lru-cache").out;
    CHECK_THAT(shown, Contains("note:"));
    CHECK_THAT(shown, Contains(note.string()));
  }
  CHECK(Json::parse(home.kata("show lru-cache --json").out)["note"] == note.string());
}

TEST_CASE("kata hint: one rung a call, logged; then kata solution, after a yes", "[verbs][aids]") {
  Home home;
  const auto problem = home.dir / "problems/binary-search/search-insert-position";
  write_file(problem / "README.md",
             "# 35. Search Insert Position\n\nFind where target goes.\n\n## Hints\n\n"
             "1. Think of the first index whose value is at least target.\n");
  write_file(problem / "solution.cpp",
             "// Time:  O(log n)\n// Space: O(1)\n// Invariant: below lo everything is smaller "
             "than\n//   target.\nclass Solution {};\n");
  write_file(home.dir / "patterns/binary-search/README.md",
             "# Binary search\n\n## When to reach for it\n\nA monotone test.\n\n## The template\n\n"
             "```cpp\nint first_true(int lo, int hi);\n```\n");
  auto first = home.kata("hint search-insert-position");
  CHECK(first.status == 0);
  CHECK_THAT(first.out, Contains("Hint 1 of 1") && Contains("first index whose value"));
  CHECK_THAT(first.err, Contains("2 more rungs left"));
  CHECK_THAT(home.kata("hint 35").out, Contains("Binary search (binary-search): A monotone test."));
  CHECK_THAT(home.kata("hint search-insert-position").out, Contains("int first_true(int lo, int hi);"));
  auto done = home.kata("hint search-insert-position");
  CHECK_THAT(done.out, Contains("No rungs left: you have seen all 3 today."));
  CHECK_THAT(done.err, Contains("kata solution search-insert-position"));
  auto log = read_log(home.log);
  REQUIRE(log.records.size() == 3);  // the fourth call showed nothing
  CHECK(log.records[2].event == Event::hint);
  CHECK(log.records[2].rung == 3);
  // Without a terminal to ask on, the reference needs --yes, and nothing is logged.
  auto refused = home.kata("solution search-insert-position </dev/null");
  CHECK(refused.status == 2);
  CHECK_THAT(refused.err, Contains("--yes"));
  CHECK(read_log(home.log).records.size() == 3);
  auto shown = home.kata("solution search-insert-position --yes");
  CHECK(shown.status == 0);
  CHECK_THAT(shown.out, Contains("Time:  O(log n)") && Contains("Space: O(1)") &&
                            Contains("Invariant: below lo everything is smaller than target.") &&
                            Contains("patterns/binary-search/README.md") &&
                            Contains("class Solution {};"));
  log = read_log(home.log);
  REQUIRE(log.records.size() == 4);
  CHECK(log.records[3].event == Event::reveal);
  CHECK_THAT(home.kata("log").out, Contains("revealed") && Contains("rung 3"));
}

namespace {

// An accepted attempt judged now, of the text whose hash is given.
Record attempt_record(const std::string& slug, const std::string& hash) {
  Record r;
  r.event = Event::attempt;
  r.time = now_local_iso();
  r.problem = slug;
  r.pattern = "binary-search";
  r.difficulty = "Easy";
  r.verdict = kata::judge::Verdict::AC;
  r.passed = r.total = 12;
  r.hash = hash;
  return r;
}

}  // namespace

TEST_CASE("kata start keeps the earlier attempt; history and diff show them", "[verbs][aids]") {
  Home home;
  const auto attempt = home.dir / "practice/search-insert-position.cpp";
  REQUIRE(home.kata("start search-insert-position").status == 0);
  const std::string stub = slurp(attempt);
  // An untouched stub is simply written again; work is not overwritten.
  CHECK(home.kata("start search-insert-position").status == 0);
  write_file(attempt, stub + "// first try\n");
  auto refused = home.kata("start search-insert-position");
  CHECK(refused.status == 2);
  CHECK_THAT(refused.err, Contains("--force"));
  CHECK(slurp(attempt) == stub + "// first try\n");
  auto forced = home.kata("start search-insert-position --force");
  CHECK(forced.status == 0);
  CHECK_THAT(forced.err, Contains("practice/history/search-insert-position/"));
  CHECK(slurp(attempt) == stub);
  // The kept attempt, judged AC (its hash as history reports it), then a new one.
  auto listed = Json::parse(home.kata("history search-insert-position --json").out);
  REQUIRE(listed.size() == 2);
  CHECK(listed[1]["saved"] == "current");
  CHECK(slurp(listed[0]["file"].get<std::string>()) == stub + "// first try\n");
  Record ac = attempt_record("search-insert-position", listed[0]["hash"].get<std::string>());
  home.add(ac);
  write_file(attempt, stub + "// second try\n");
  auto history = home.kata("history search-insert-position");
  CHECK_THAT(history.out, Contains("AC") && Contains("12/12") && Contains("never judged") &&
                              Contains("current"));
  auto diff = home.kata("diff search-insert-position");
  CHECK(diff.status == 0);
  CHECK_THAT(diff.out, Contains("-// first try") && Contains("+// second try"));
  CHECK_THAT(diff.err, Contains("not judged"));
  // A review due today: start keeps the work without being asked.
  write_file(attempt, stub + "// third try\n");
  Record old_ac = ac;
  old_ac.time = "2020-01-01T12:00:00+00:00";
  home.add(old_ac);
  auto review = home.kata("start search-insert-position");
  CHECK(review.status == 0);
  CHECK_THAT(review.err, Contains("A review is due"));
  CHECK(Json::parse(home.kata("history search-insert-position --json").out).size() == 3);
}

TEST_CASE("kata drill: statements without their pattern, answers logged, the same for a seed",
          "[verbs][aids][drill]") {
  Home home;
  write_file(home.dir / "problems/binary-search/search-insert-position/README.md",
             "# 35. Search Insert Position\n\n[LeetCode 35](u) · Easy · binary-search\n\n"
             "Use a binary search to find where target goes.\n\n## Hints\n\n1. Halve it.\n");
  auto first = home.kata("drill 2 --seed 5 <<'EOF'\nbinary search\n2\nEOF\n");
  CHECK(first.status == 0);
  CHECK_THAT(first.out, Contains("Question 1 of 2") && Contains("Question 2 of 2"));
  CHECK_THAT(first.out, Contains("Use a (...) to find where target goes."));
  CHECK_THAT(first.out, !Contains("Halve it") && !Contains("· binary-search"));
  CHECK_THAT(first.out, Contains("Named"));
  auto log = read_log(home.log);
  REQUIRE(log.records.size() == 2);
  CHECK(log.records[0].event == Event::drill);
  int right = 0;
  for (const auto& r : log.records) right += r.right ? 1 : 0;
  // "binary search" then "2" (design, the second pattern listed): right for one
  // order of the questions, wrong for the other; the seed fixes which.
  auto again = home.kata("drill 2 --seed 5 <<'EOF'\nbinary search\n2\nEOF\n");
  CHECK(again.out == first.out);
  auto stats = Json::parse(home.kata("stats --json").out);
  int drills = 0, named = 0;
  for (const auto& p : stats["patterns"]) {
    drills += p["drills"].get<int>();
    named += p["named_in_drills"].get<int>();
  }
  CHECK(drills == 4);
  CHECK(named == 2 * right);
  // Nothing was practised: no problem is seen or tried.
  CHECK(stats["total"]["seen"] == 0);
  // An empty answer ends the drill without a record.
  CHECK(home.kata("drill 2 --seed 5 </dev/null").status == 0);
  CHECK(read_log(home.log).records.size() == 4);
}

TEST_CASE("kata interview: unseen problems, one clock, no help, a report at the end",
          "[verbs][aids][interview]") {
  Home home;
  auto at = [&](const std::string& args, const char* now) {
    return home.kata(args, std::string("KATA_NOW=") + now);
  };
  auto started = at("interview --minutes 30 --problems 2 --seed 1", "2026-03-10T09:00:00+08:00");
  CHECK(started.status == 0);
  // The only Medium of the two-problem home; the Easy one is never asked.
  CHECK_THAT(started.out, Contains("146. LRU Cache") && !Contains("Search Insert Position"));
  CHECK(std::filesystem::exists(home.dir / "practice/lru-cache.cpp"));
  CHECK(at("interview", "2026-03-10T09:01:00+08:00").status == 2);  // one at a time
  auto status = at("interview status", "2026-03-10T09:10:00+08:00");
  CHECK_THAT(status.out, Contains("20m left of 30 minutes") && Contains("not tested yet"));
  CHECK(at("hint lru-cache", "2026-03-10T09:11:00+08:00").status == 2);
  CHECK(at("solution lru-cache --yes", "2026-03-10T09:11:00+08:00").status == 2);
  // An attempt inside the window (kata test would log it), then one after the end.
  Record ac;
  ac.event = Event::attempt;
  ac.time = "2026-03-10T09:25:00+08:00";
  ac.problem = "lru-cache";
  ac.pattern = "design";
  ac.difficulty = "Medium";
  ac.verdict = kata::judge::Verdict::AC;
  ac.passed = ac.total = 9;
  ac.hash = "h";
  Record wa = ac;
  wa.time = "2026-03-10T09:20:00+08:00";
  wa.verdict = kata::judge::Verdict::WA;
  wa.passed = 4;
  home.add(wa);
  home.add(ac);
  // Time is up: the next command that asks ends it and shows the report.
  auto late = at("interview status", "2026-03-10T09:40:00+08:00");
  CHECK_THAT(late.err, Contains("the interview's time is up") &&
                           Contains("Interview of 2026-03-10 09:00, 30 minutes: 1 of 1 solved") &&
                           Contains("AC after 25m") && Contains("2 tries") &&
                           Contains("next review 2026-03-1"));
  CHECK_THAT(late.out, Contains("No interview is running"));
  // Help is back; the interview is in the log and in the report.
  CHECK(at("hint lru-cache", "2026-03-10T09:41:00+08:00").status == 0);
  int interview_records = 0;
  for (const auto& r : read_log(home.log).records)
    interview_records += r.event == Event::interview ? 1 : 0;
  CHECK(interview_records == 2);  // its start and its end, for its one problem
  CHECK(at("report", "2026-03-10T09:42:00+08:00").status == 0);
  CHECK_THAT(slurp(home.dir / "notes/report.html"), Contains("Mock interviews") && Contains("LRU Cache"));
}

TEST_CASE("kata daily --blind and the setting: no pattern until the day's AC or hint",
          "[verbs][aids][blind]") {
  Home home;
  write_file(home.dir / "problems/binary-search/search-insert-position/README.md",
             "# 35. Search Insert Position\n\n[LeetCode 35](u) · Easy · binary-search\n\n"
             "A binary search finds it.\n\n## Hints\n\n1. Halve the range.\n");
  auto open = home.kata("daily --date 2026-03-10");
  CHECK_THAT(open.out, Contains("binary-search") && Contains("Halve the range"));
  auto blind = home.kata("daily --date 2026-03-10 --blind");
  CHECK(blind.status == 0);
  CHECK_THAT(blind.out, Contains("Search Insert Position") && Contains("(pattern hidden)"));
  CHECK_THAT(blind.out, !Contains("binary-search") && !Contains("binary search") &&
                            !Contains("Halve the range") && !Contains(home.dir.path().string()));
  auto json = Json::parse(home.kata("daily --date 2026-03-10 --blind --json").out);
  CHECK(json["pattern"].is_null());
  CHECK(json["statement_file"].is_null());
  // The setting makes it the default, for kata show too.
  write_file(home.dir / "notes/kata.json", "{\"blind\": true}\n");
  CHECK_THAT(home.kata("daily --date 2026-03-10").out, Contains("(pattern hidden)"));
  CHECK_THAT(home.kata("show search-insert-position").out,
             Contains("(pattern hidden)") && !Contains("binary-search"));
  // A hint today ends it for that problem.
  REQUIRE(home.kata("hint search-insert-position").status == 0);
  CHECK_THAT(home.kata("show search-insert-position").out, Contains("binary-search"));
}

TEST_CASE("kata checkin: the day's problems, tries, time and streak; as Markdown or a card",
          "[verbs][checkin]") {
  Home home;
  const Day d = day("2026-03-10");
  Record wa = attempt("search-insert-position", d, "WA", std::nullopt, "09:10:00");
  Record ac = attempt("search-insert-position", d, "AC", 754, "09:20:00");
  Record other = attempt("lru-cache", d, "TLE", std::nullopt, "10:00:00");
  Record err = attempt("lru-cache", d, "ERR", std::nullopt, "10:05:00");
  Record yesterday = attempt("lru-cache", d - std::chrono::days{1}, "AC", 100);
  for (const auto& r : {yesterday, wa, ac, other, err}) home.add(r);
  auto text = home.kata("checkin --date 2026-03-10");
  CHECK(text.status == 0);
  CHECK(text.out ==
        "2026-03-10 · kata check-in\n"
        "- 35. Search Insert Position (Easy): AC, 2 tries, 12m 34s\n"
        "- 146. LRU Cache (Medium): TLE, 1 try\n"
        "Streak: 2 days\n");
  CHECK_THAT(home.kata("checkin --date 2026-03-10 --markdown").out,
             Catch::StartsWith("**2026-03-10 · kata check-in**\n- 35."));
  CHECK_THAT(home.kata("checkin --date 2026-03-12").out, Contains("no practice this day") &&
                                                              Contains("Streak: 0 days"));
  const auto card = home.dir / "card.svg";
  CHECK(home.kata("checkin --date 2026-03-10 --svg '" + card.string() + "'").status == 0);
  const std::string svg = slurp(card);
  CHECK_THAT(svg, Catch::StartsWith("<svg") && Contains("146. LRU Cache (Medium): TLE, 1 try") &&
                      Contains("</svg>"));
}
