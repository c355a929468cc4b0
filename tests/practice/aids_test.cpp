// Study aids (aids.hpp): hints and reveals in the rating, the hint ladder, the
// history kept by kata start, and the diff of two attempts.
#include <catch2/catch.hpp>

#include <set>

#include <kata/judge/catalog.hpp>
#include <kata/practice/aids.hpp>
#include <kata/practice/daily.hpp>
#include <kata/practice/interview.hpp>
#include <kata/practice/review.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;
namespace fs = std::filesystem;

namespace {

Record hint(const std::string& slug, Day d, int rung) {
  Record r = start(slug, d);
  r.event = Event::hint;
  r.time = format_day(d) + "T10:00:00+08:00";
  r.rung = rung;
  return r;
}

Record reveal(const std::string& slug, Day d) {
  Record r = start(slug, d);
  r.event = Event::reveal;
  r.time = format_day(d) + "T11:00:00+08:00";
  return r;
}

}  // namespace

TEST_CASE("Hints and reveals rate a session: the table in review.hpp", "[aids][review]") {
  auto catalog = small_catalog();
  const Day d = day("2026-03-10");
  // What happened on day d (before: a good first session on d - 10) -> that day's
  // rating, and the next due day counted from d.
  struct Row {
    const char* what;
    std::vector<Record> day_records;
    Rating rating;
    int due_in;
  };
  const std::vector<Row> rows = {
      {"AC alone", {attempt("bs-easy", d, "AC", 600)}, Rating::good, -1},
      {"a hint, then AC",
       {hint("bs-easy", d, 1), attempt("bs-easy", d, "AC", 600)},
       Rating::hard,
       -1},
      {"AC, then a hint the same day",
       {attempt("bs-easy", d, "AC", 200), hint("bs-easy", d, 1)},
       Rating::hard,
       -1},
      {"a reveal, then AC",
       {reveal("bs-easy", d), attempt("bs-easy", d, "AC", 300)},
       Rating::again,
       1},
      {"a reveal alone", {reveal("bs-easy", d)}, Rating::again, 1},
      {"a hint and no AC", {hint("bs-easy", d, 1), attempt("bs-easy", d, "WA")}, Rating::again, 1},
  };
  for (const auto& row : rows) {
    INFO(row.what);
    std::vector<Record> log = {attempt("bs-easy", d - std::chrono::days{10}, "AC", 600)};
    log.insert(log.end(), row.day_records.begin(), row.day_records.end());
    auto reviews = replay(log, d + std::chrono::days{1}, &catalog);
    const Card* c = reviews.find("bs-easy");
    REQUIRE(c);
    REQUIRE(c->sessions.size() == 2);
    CHECK(c->last().rating == row.rating);
    if (row.due_in > 0) CHECK(c->due() == d + std::chrono::days{row.due_in});
  }
  // A hard session comes back sooner than a good one would have.
  std::vector<Record> good = {attempt("bs-easy", d - std::chrono::days{10}, "AC", 600),
                              attempt("bs-easy", d, "AC", 600)};
  std::vector<Record> hinted = good;
  hinted.insert(hinted.begin() + 1, hint("bs-easy", d, 1));
  CHECK(replay(hinted, d + std::chrono::days{1}, &catalog).find("bs-easy")->due() <
        replay(good, d + std::chrono::days{1}, &catalog).find("bs-easy")->due());
  // Hints alone judge nothing: no session, no card.
  CHECK(replay({hint("tp-easy", d, 1), hint("tp-easy", d, 2)}, d + std::chrono::days{1}, &catalog)
            .cards.empty());
  // The day's session says what was used.
  std::vector<Record> revealed = {reveal("tp-easy", d)};
  CHECK(describe(replay(revealed, d + std::chrono::days{1}, &catalog).find("tp-easy")->last()) ==
        "not tried, solution read (again)");
}

TEST_CASE("Hint and reveal records go through the log and back", "[aids][log]") {
  const Day d = day("2026-03-10");
  std::string why;
  auto back = from_json_line(to_json_line(hint("bs-easy", d, 3)), why);
  REQUIRE(back);
  CHECK(back->event == Event::hint);
  CHECK(back->rung == 3);
  auto r = from_json_line(to_json_line(reveal("bs-easy", d)), why);
  REQUIRE(r);
  CHECK(r->event == Event::reveal);
  CHECK(to_json_line(*r).find("\"event\":\"revealed\"") != std::string::npos);
  CHECK_FALSE(from_json_line(
      R"({"event":"hint","time":"2026-03-10T10:00:00+08:00","problem":"bs-easy","pattern":"x"})",
      why));
  CHECK_THAT(why, Catch::Contains("rung"));
  CHECK_FALSE(from_json_line(
      R"({"event":"peek","time":"2026-03-10T10:00:00+08:00","problem":"bs-easy","pattern":"x"})",
      why));
}

TEST_CASE("The hint ladder: the problem's hints, then its pattern, then the template", "[aids]") {
  TempDir home;
  write_file(home / "problems/binary-search/p/problem.json", "{}");
  write_file(
      home / "problems/binary-search/p/README.md",
      "# 1. P\n\nText.\n\n## Hints\n\n1. First, with a line\n   that goes on.\n2. Second.\n\n"
      "## After\n\n3. not a hint\n");
  write_file(home / "patterns/binary-search/README.md",
             "# Binary search\n\n## When to reach for it\n\nWhen the test is monotone. It flips "
             "once. Signs:\n\n- sorted\n\n## The template\n\n```cpp\nint first_true();\n```\n");
  kata::judge::Problem p;
  p.meta.slug = "p";
  p.meta.pattern = "binary-search";
  p.dir = home / "problems/binary-search/p";
  auto ladder = hint_ladder(p, home.path());
  REQUIRE(ladder.size() == 4);
  CHECK(ladder[0].title == "Hint 1 of 2");
  CHECK(ladder[0].text == "First, with a line that goes on.");
  CHECK(ladder[1].text == "Second.");
  CHECK(ladder[2].text ==
        "Binary search (binary-search): When the test is monotone. It flips once.");
  CHECK_FALSE(ladder[2].code);
  CHECK(ladder[3].text == "int first_true();\n");
  CHECK(ladder[3].code);
  // Rungs are counted per problem and per day.
  const Day d = day("2026-03-10");
  std::vector<Record> log = {hint("p", d, 1), hint("p", d, 2), hint("q", d, 1),
                             hint("p", d - std::chrono::days{1}, 1)};
  CHECK(rungs_shown(log, "p", d) == 2);
  CHECK(rungs_shown(log, "p", d + std::chrono::days{1}) == 0);
}

TEST_CASE("History never loses an attempt", "[aids][history]") {
  TempDir dir;
  const fs::path history = dir / "history/p";
  auto keep = [&](const std::string& text) {
    write_file(dir / "p.cpp", text);
    return keep_in_history(dir / "p.cpp", history, "2026-03-10T09-00-00");
  };
  // Twice in the same second, then a name that is already taken by hand.
  fs::path first = keep("one"), second = keep("two");
  write_file(history / "2026-03-10T09-00-00-3.cpp", "by hand");
  fs::path third = keep("three");
  CHECK(first.filename() == "2026-03-10T09-00-00.cpp");
  CHECK(second.filename() == "2026-03-10T09-00-00-2.cpp");
  CHECK(third.filename() == "2026-03-10T09-00-00-4.cpp");
  CHECK(slurp(first) == "one");
  CHECK(slurp(second) == "two");
  CHECK(slurp(history / "2026-03-10T09-00-00-3.cpp") == "by hand");
  CHECK(slurp(third) == "three");
  CHECK_FALSE(fs::exists(dir / "p.cpp"));
  CHECK(file_stamp("2026-03-10T09:05:07+08:00") == "2026-03-10T09-05-07");
  // Listed oldest first, the current one last; verdicts found by hash.
  write_file(dir / "p.cpp", "four");
  Record ac = attempt("p", day("2026-03-10"), "AC", 60);
  ac.hash = "two";
  auto past =
      past_attempts(dir / "p.cpp", history, {ac}, [](const fs::path& f) { return slurp(f); });
  REQUIRE(past.size() == 5);
  CHECK(past[0].saved == "2026-03-10 09:00:00");
  CHECK(past[1].accepted);
  CHECK(past[1].last);
  CHECK_FALSE(past[0].accepted);
  CHECK(past[4].saved == "current");
  CHECK_FALSE(past[4].last);
}

TEST_CASE("The diff of two attempts is a unified diff", "[aids][diff]") {
  CHECK(unified_diff("a\nb\n", "a\nb\n", "old", "new").empty());
  std::string lines;
  for (int i = 1; i <= 12; ++i) lines += "l" + std::to_string(i) + "\n";
  std::string changed = lines;
  changed.replace(changed.find("l2\n"), 3, "two\n");
  changed += "l13\n";
  CHECK(unified_diff(lines, changed, "old", "new") ==
        "--- old\n+++ new\n"
        "@@ -1,5 +1,5 @@\n l1\n-l2\n+two\n l3\n l4\n l5\n"
        "@@ -10,3 +10,4 @@\n l10\n l11\n l12\n+l13\n");
  CHECK(unified_diff("", "x\n", "old", "new") == "--- old\n+++ new\n@@ -0,0 +1,1 @@\n+x\n");
}

TEST_CASE("A statement's body starts after its link line, LeetCode's or kata's own", "[aids]") {
  CHECK(statement_body("# 35. Search\n\n[LeetCode 35](u) · Easy · binary-search\n\nFind it.\n") ==
        "Find it.\n");
  CHECK(statement_body("# Channel Close\n\nkata's own problem · Medium · concurrency\n\nSend.\n") ==
        "Send.\n");
  CHECK(statement_body("No link line.\n") == "No link line.\n");
}

TEST_CASE("A blind statement names no technique, for every problem of the catalog",
          "[aids][blind]") {
  auto catalog = kata::judge::load_catalog(fs::path(KATA_TEST_SOURCE_DIR) / "problems");
  REQUIRE(catalog.problems.size() > 100);
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  int checked = 0;
  for (const auto& p : catalog.problems) {
    INFO(p.meta.slug);
    const std::string blind = blind_statement(slurp(p.statement_file()), p.meta.pattern);
    CHECK(blind.find("## Hints") == std::string::npos);
    // After the title and link lines (the problem's name may name a technique).
    std::size_t link = blind.find("[LeetCode");
    if (link == std::string::npos) link = blind.find("kata's own problem");
    REQUIRE(link != std::string::npos);
    const std::size_t link_end = blind.find('\n', link);
    const std::string link_line = blind.substr(link, link_end - link);
    CHECK_THAT(link_line, !Catch::EndsWith(p.meta.pattern));
    const std::string body = lower(blind.substr(link_end));
    for (const auto& w : technique_words()) {
      const std::string lw = lower(w);
      for (std::size_t at = body.find(lw); at != std::string::npos; at = body.find(lw, at + 1)) {
        const bool whole = (at == 0 || !std::isalnum(static_cast<unsigned char>(body[at - 1]))) &&
                           (at + lw.size() >= body.size() ||
                            !std::isalnum(static_cast<unsigned char>(body[at + lw.size()])));
        // All-capital words (DP, BFS) are matched as written only.
        const bool capital =
            std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
        if (whole && !capital) FAIL_CHECK("\"" << w << "\" is still in the statement");
      }
    }
    ++checked;
  }
  CHECK(checked == static_cast<int>(catalog.problems.size()));
  // The redaction itself.
  CHECK(blind_statement("# 1. T\n\n[LeetCode 1](u) · Easy · greedy\n\nUse a Greedy pass and DP, "
                        "not DPS.\n\n## Hints\n\n1. greedy\n",
                        "greedy") ==
        "# 1. T\n\n[LeetCode 1](u) · Easy\n\nUse a (...) pass and (...), not DPS.\n");
  // Blind until the day's AC, hint or reveal.
  const Day d = day("2026-03-10");
  CHECK(still_blind({attempt("p", d, "WA")}, "p", d));
  CHECK_FALSE(still_blind({attempt("p", d, "AC", 60)}, "p", d));
  CHECK_FALSE(still_blind({hint("p", d, 1)}, "p", d));
  CHECK(still_blind({hint("p", d - std::chrono::days{1}, 1)}, "p", d));
}

namespace {

Record drilled(const std::string& slug, const std::string& pattern, Day d, bool right) {
  Record r = start(slug, d);
  r.event = Event::drill;
  r.pattern = pattern;
  r.answer = right ? pattern : "greedy";
  r.right = right;
  return r;
}

}  // namespace

TEST_CASE("Drills: different patterns, due ones first, fixed by the seed", "[aids][drill]") {
  auto catalog = small_catalog();  // bs-easy, bs-medium (binary-search), lru (design), tp-*
  const Day d = day("2026-03-10");
  auto slugs = [](const std::vector<const kata::judge::Problem*>& ps) {
    std::vector<std::string> out;
    for (const auto* p : ps) out.push_back(p->meta.slug);
    return out;
  };
  auto patterns_of = [](const std::vector<const kata::judge::Problem*>& ps) {
    std::set<std::string> out;
    for (const auto* p : ps) out.insert(p->meta.pattern);
    return out;
  };
  const std::vector<Record> none;
  auto three = drill_problems(catalog, none, d, 3, 7);
  CHECK(three.size() == 3);
  CHECK(patterns_of(three).size() == 3);  // each from another pattern
  CHECK(slugs(drill_problems(catalog, none, d, 3, 7)) == slugs(three));  // the same seed
  CHECK(drill_problems(catalog, none, d, 10, 7).size() ==
        patterns_of(drill_problems(catalog, none, d, 10, 7)).size());
  // A problem due on the day comes first among patterns, and is the one asked.
  std::vector<Record> log = {attempt("tp-medium", d - std::chrono::days{30}, "AC", 600)};
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    auto one = drill_problems(catalog, log, d, 1, seed);
    REQUIRE(one.size() == 1);
    CHECK(one[0]->meta.slug == "tp-medium");
  }
  // A pattern named wrong in earlier drills comes before one named right.
  std::vector<Record> drills = {
      drilled("lru", "design", d - std::chrono::days{1}, false),
      drilled("bs-easy", "binary-search", d - std::chrono::days{1}, true)};
  auto rec = recognition(drills, d);
  CHECK(rec["design"] == std::pair(1, 0));
  CHECK(rec["binary-search"] == std::pair(1, 1));
  CHECK(recognition(drills, d - std::chrono::days{1}).empty());  // only days before
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    auto one = drill_problems(catalog, drills, d, 1, seed);
    CHECK(one[0]->meta.pattern == "design");
  }
  // Answers: a name in any spelling, or a number in the list.
  const std::vector<std::string> names = {"binary-search", "design", "two-pointers"};
  CHECK(named_pattern("Two Pointers", names) == "two-pointers");
  CHECK(named_pattern(" binary_search ", names) == "binary-search");
  CHECK(named_pattern("2", names) == "design");
  CHECK_FALSE(named_pattern("4", names));
  CHECK_FALSE(named_pattern("0", names));
  CHECK_FALSE(named_pattern("two", names));
  CHECK_FALSE(named_pattern("", names));
}

TEST_CASE("The daily pick puts a pattern named badly in drills first", "[aids][drill][daily]") {
  auto catalog = small_catalog();
  const Day d = day("2026-03-10");
  // Nothing tried: binary-search comes first by name; a missed drill of two-pointers
  // moves that pattern ahead, a right one does not.
  CHECK(pick_daily({}, catalog, d)->problem->meta.pattern == "binary-search");
  auto missed =
      pick_daily({drilled("tp-easy", "two-pointers", d - std::chrono::days{1}, false)}, catalog, d);
  CHECK(missed->problem->meta.pattern == "two-pointers");
  CHECK_THAT(missed->why, Catch::Contains("named in drills 0%"));
  CHECK(pick_daily({drilled("tp-easy", "two-pointers", d - std::chrono::days{1}, true)}, catalog, d)
            ->problem->meta.pattern == "binary-search");
}

TEST_CASE("Interviews: unseen Mediums first, the window, the same report for the same log",
          "[aids][interview]") {
  auto catalog = small_catalog();
  const Day d = day("2026-03-10");
  // Nothing seen: the first is a Medium; the second, of another pattern, a Medium or Hard.
  auto two = interview_problems(catalog, {}, d, 2, nullptr, 1);
  REQUIRE(two.size() == 2);
  CHECK(two[0]->meta.difficulty == "Medium");
  CHECK(two[0]->meta.pattern != two[1]->meta.pattern);
  // A problem seen in the log is never asked.
  auto without_lru =
      interview_problems(catalog, {start("lru", d - std::chrono::days{2})}, d, 3, nullptr, 1);
  for (const auto* p : without_lru) CHECK(p->meta.slug != "lru");
  // The weakest pattern first: binary-search recalled badly, two-pointers well
  // (design, recalled well too, has no unseen problem left).
  std::vector<Record> log = {attempt("bs-easy", d - std::chrono::days{60}, "AC", 600),
                             attempt("tp-easy", d - std::chrono::days{1}, "AC", 100),
                             attempt("lru", d - std::chrono::days{1}, "AC", 100)};
  for (std::uint64_t seed = 1; seed <= 10; ++seed)
    CHECK(interview_problems(catalog, log, d, 1, nullptr, seed)[0]->meta.slug == "bs-medium");

  // One interview in the log: its start, an attempt in its window, one after it.
  Record s1;
  s1.event = Event::interview;
  s1.time = s1.interview = "2026-03-10T09:00:00+08:00";
  s1.problem = "bs-medium";
  s1.minutes = 45;
  Record in_time = attempt("bs-medium", d, "AC", 1200, "09:20:00");
  Record too_late = attempt("bs-medium", d, "WA", 4000, "10:10:00");
  std::vector<Record> records = {s1, in_time, too_late};
  auto open = open_interview(records);
  REQUIRE(open);
  CHECK(open->problems == std::vector<std::string>{"bs-medium"});
  CHECK(open->deadline - open->started == 45 * 60);
  auto report = interview_report(records, catalog, *open);
  REQUIRE(report.rows.size() == 1);
  CHECK(report.rows[0].tries == 1);  // the late one is outside the window
  CHECK(report.rows[0].last == kata::judge::Verdict::AC);
  CHECK(report.rows[0].seconds_to_ac == Approx(20 * 60));
  CHECK(report.solved == 1);
  REQUIRE(report.rows[0].rating);
  CHECK(report.rows[0].next_review > d);
  CHECK(render_interview(report) == render_interview(interview_report(records, catalog, *open)));
  Record end = s1;
  end.ended = true;
  end.time = "2026-03-10T09:30:00+08:00";
  records.push_back(end);
  CHECK_FALSE(open_interview(records));
  // Records go through the log and back.
  std::string why;
  auto back = from_json_line(to_json_line(s1), why);
  REQUIRE(back);
  CHECK(back->event == Event::interview);
  CHECK(back->minutes == 45);
  CHECK_FALSE(back->ended);
  CHECK(from_json_line(to_json_line(end), why)->ended);
}
