// The review model (review.hpp) and the daily pick (daily.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include <kata/practice/daily.hpp>
#include <kata/practice/review.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;

TEST_CASE("A session is rated from its verdicts, failed tries and time", "[review]") {
  // solved, failed tries before AC, seconds (-1: unknown), difficulty -> rating
  auto [solved, failed, secs, difficulty, expected] =
      GENERATE(table<bool, int, double, const char*, Rating>({
          {false, 0, -1, "Easy", Rating::again},      // nothing accepted
          {false, 4, -1, "Hard", Rating::again},
          {true, 0, 300, "Easy", Rating::easy},       // 5 min <= 15/2
          {true, 0, 450, "Easy", Rating::easy},       // exactly half the target
          {true, 0, 451, "Easy", Rating::good},
          {true, 0, -1, "Easy", Rating::good},        // no time: never easy
          {true, 0, 1700, "Medium", Rating::good},    // within 2 T
          {true, 0, 3601, "Medium", Rating::hard},    // over 2 T
          {true, 1, 1200, "Medium", Rating::good},    // one slip, within T
          {true, 2, 1900, "Medium", Rating::hard},    // slips and over T
          {true, 3, 60, "Easy", Rating::hard},        // three slips
          {true, 0, 1300, "Hard", Rating::easy},      // <= 45/2 min
          {true, 1, -1, "Hard", Rating::good},
          {true, 0, 1000, "", Rating::good},          // unknown difficulty: T = 30 min
      }));
  std::optional<double> s;
  if (secs >= 0) s = secs;
  INFO("solved " << solved << ", failed " << failed << ", seconds " << secs << ", " << difficulty);
  CHECK(rate(solved, failed, s, difficulty) == expected);
}

TEST_CASE("FSRS: recall is 90% after S days and the interval is S", "[review]") {
  for (double s : {0.5, 1.0, 3.7145, 20.0, 100.0}) {
    CHECK(fsrs::retrievability(s, s) == Approx(0.9));
    CHECK(fsrs::retrievability(0, s) == Approx(1.0));
    CHECK(fsrs::retrievability(2 * s, s) < 0.9);
  }
  CHECK(fsrs::interval_days(3.7145) == 4);
  CHECK(fsrs::interval_days(0.2) == 1);       // never sooner than tomorrow
  CHECK(fsrs::interval_days(5000.0) == 365);  // never later than a year
}

TEST_CASE("FSRS: good reviews grow stability, a lapse shrinks it", "[review]") {
  Memory m = fsrs::first(Rating::good);
  CHECK(m.stability == Approx(3.7145));
  CHECK(fsrs::first(Rating::again).stability < fsrs::first(Rating::hard).stability);
  CHECK(fsrs::first(Rating::hard).stability < m.stability);
  CHECK(m.stability < fsrs::first(Rating::easy).stability);
  CHECK(fsrs::first(Rating::easy).difficulty < m.difficulty);

  Memory good = fsrs::next(m, 4, Rating::good);
  Memory easy = fsrs::next(m, 4, Rating::easy);
  Memory hard = fsrs::next(m, 4, Rating::hard);
  Memory lapse = fsrs::next(m, 4, Rating::again);
  CHECK(good.stability > m.stability);
  CHECK(easy.stability > good.stability);
  CHECK(hard.stability < good.stability);
  CHECK(lapse.stability < m.stability);
  CHECK(lapse.difficulty > m.difficulty);
  // Reviewing later (lower recall) earns a bigger step, as the model intends.
  CHECK(fsrs::next(m, 10, Rating::good).stability > good.stability);
  // Difficulty stays within [1, 10] however the sessions go.
  Memory d = m;
  for (int i = 0; i < 50; ++i) d = fsrs::next(d, 1, Rating::again);
  CHECK(d.difficulty <= 10.0);
  for (int i = 0; i < 50; ++i) d = fsrs::next(d, 1, Rating::easy);
  CHECK(d.difficulty >= 1.0);
}

TEST_CASE("Replay groups a day's attempts into one session", "[review]") {
  auto catalog = small_catalog();
  Day d = day("2026-03-10");
  std::vector<Record> log = {
      start("bs-easy", d),
      attempt("bs-easy", d, "CE"),  // a typo, not a failed try
      attempt("bs-easy", d, "WA"),
      attempt("bs-easy", d, "ERR"),  // left out altogether
      attempt("bs-easy", d, "TLE"),
      attempt("bs-easy", d, "AC", 400),
      attempt("bs-easy", d, "WA"),  // after the AC: does not matter
      attempt("bs-easy", d + std::chrono::days{5}, "AC", 100),
  };
  auto reviews = replay(log, d + std::chrono::days{30}, &catalog);
  const Card* c = reviews.find("bs-easy");
  REQUIRE(c);
  REQUIRE(c->sessions.size() == 2);
  const Session& s = c->sessions[0];
  CHECK(s.attempts == 5);  // the ERR left out
  CHECK(s.failed_before == 2);
  CHECK(s.solved);
  CHECK(s.seconds == Approx(400));
  CHECK(s.rating == Rating::good);
  CHECK(describe(s) == "AC after 2 failed tries in 6m 40s (good)");
  CHECK(c->sessions[1].rating == Rating::easy);
  CHECK(c->pattern == "binary-search");
  CHECK(c->difficulty == "Easy");  // from the catalog: the records carry none here
  // Only days before `until` count.
  CHECK(replay(log, d, &catalog).cards.empty());
  CHECK(replay(log, d + std::chrono::days{1}, &catalog).find("bs-easy")->sessions.size() == 1);
}

TEST_CASE("An AC that kata bench reads as slower than the stated cost is a weaker solve",
          "[review][bench]") {
  auto catalog = small_catalog();
  const Day d = day("2026-03-10");
  auto bench = [&](const std::string& fitted, const std::string& stated, bool reference = false) {
    Record r;
    r.event = Event::bench;
    r.time = format_day(d) + "T12:30:00+08:00";
    r.problem = "bs-easy";
    r.fitted = fitted;
    r.stated = stated;
    r.reference = reference;
    return r;
  };
  CHECK(slower_than_stated("n²", "n"));
  CHECK(slower_than_stated("n log n", "n"));
  CHECK_FALSE(slower_than_stated("n", "n"));
  CHECK_FALSE(slower_than_stated("log n", "n"));
  CHECK_FALSE(slower_than_stated("", "n"));  // could not tell: no judgement
  CHECK_FALSE(slower_than_stated("n²", ""));  // no stated cost in one variable
  auto rating_with = [&](std::vector<Record> extra) {
    std::vector<Record> log = {attempt("bs-easy", d, "AC", 100)};
    log.insert(log.end(), extra.begin(), extra.end());
    const Card* c = nullptr;
    auto reviews = replay(log, d + std::chrono::days{1}, &catalog);
    c = reviews.find("bs-easy");
    REQUIRE(c);
    return c->sessions.back();
  };
  CHECK(rating_with({}).rating == Rating::easy);
  CHECK(rating_with({bench("n", "n")}).rating == Rating::easy);
  const Session slow = rating_with({bench("n²", "n")});
  CHECK(slow.rating == Rating::hard);
  CHECK_THAT(describe(slow), Catch::Contains("slower than stated"));
  CHECK(rating_with({bench("n²", "n", true)}).rating == Rating::easy);  // the reference's bench
  // A bench alone is no session.
  CHECK(replay({bench("n²", "n")}, d + std::chrono::days{1}, &catalog).cards.empty());
}

TEST_CASE("A time since a start left open overnight is not believed", "[review]") {
  auto catalog = small_catalog();
  Day d = day("2026-03-10");
  std::vector<Record> log = {attempt("bs-easy", d, "AC", 20 * 3600.0)};
  Reviews reviews = replay(log, d + std::chrono::days{1}, &catalog);
  const Card* c = reviews.find("bs-easy");
  REQUIRE(c);
  CHECK_FALSE(c->last().seconds);
  CHECK(c->last().rating == Rating::good);  // not hard for 20 hours
}

namespace {

struct PickCase {
  const char* name;
  std::vector<Record> log;
  std::chrono::days ask;  // the date asked about, from D
  const char* slug;
  const char* kind;
};

}  // namespace

TEST_CASE("The daily pick is fixed by the log and the date", "[daily]") {
  const auto catalog = small_catalog();
  const Day D = day("2026-03-10");
  const std::vector<PickCase> cases = {
      {"empty log: first pattern by name, Easy before a smaller id", {}, 0_d, "bs-easy", "new"},
      {"one pattern tried: the least practised next",
       {attempt("bs-easy", D - 1_d, "AC")}, 0_d, "lru", "new"},
      {"not due the day before its due day",
       {attempt("bs-easy", D - 1_d, "AC")}, 2_d, "lru", "new"},
      {"due on its due day (good: 4 days)",
       {attempt("bs-easy", D - 1_d, "AC")}, 3_d, "bs-easy", "review"},
      {"a lapse is due the next day, before any new problem",
       {attempt("bs-easy", D - 2_d, "WA"), attempt("tp-easy", D - 1_d, "AC", 60)}, 0_d, "bs-easy",
       "review"},
      {"a hard AC (3 failed tries) is due the next day",
       {attempt("bs-easy", D - 1_d, "WA"), attempt("bs-easy", D - 1_d, "WA"),
        attempt("bs-easy", D - 1_d, "RE"), attempt("bs-easy", D - 1_d, "AC")},
       0_d, "bs-easy", "review"},
      {"two due: the lower recall first",
       {attempt("bs-easy", D - 5_d, "WA"), attempt("lru", D - 2_d, "WA")}, 0_d, "bs-easy",
       "review"},
      {"two due: the lower recall first, in whatever order logged",
       {attempt("lru", D - 5_d, "WA"), attempt("bs-easy", D - 2_d, "WA")}, 0_d, "lru", "review"},
      {"attempts on the day itself do not change its pick",
       {attempt("bs-easy", D, "AC"), attempt("lru", D, "AC")}, 0_d, "bs-easy", "new"},
      {"a start alone is not an attempt", {start("bs-easy", D - 1_d)}, 0_d, "bs-easy", "new"},
      {"equally practised patterns: the weakest (lowest recall) first",
       {attempt("bs-easy", D - 1_d, "AC", 60), attempt("tp-easy", D - 1_d, "AC"),
        attempt("lru", D - 1_d, "AC", 60)},
       0_d, "tp-medium", "new"},
      {"everything tried, nothing due: the lowest recall, early",
       {attempt("bs-easy", D - 1_d, "AC", 60), attempt("bs-medium", D - 1_d, "AC", 60),
        attempt("lru", D - 1_d, "AC", 60), attempt("tp-easy", D - 3_d, "AC", 60),
        attempt("tp-medium", D - 1_d, "AC", 60)},
       0_d, "tp-easy", "early-review"},
      {"problems gone from the catalog are never picked",
       {attempt("removed-problem", D - 9_d, "WA")}, 0_d, "bs-easy", "new"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto pick = pick_daily(c.log, catalog, D + c.ask);
    REQUIRE(pick);
    REQUIRE(pick->problem);
    CHECK(pick->problem->meta.slug == c.slug);
    CHECK(to_string(pick->kind) == c.kind);
    CHECK_FALSE(pick->why.empty());
    // The same inputs give the same pick, and so does the log reversed (records
    // of different problems in another order).
    auto again = pick_daily(c.log, catalog, D + c.ask);
    CHECK(again->problem == pick->problem);
    std::vector<Record> reversed(c.log.rbegin(), c.log.rend());
    bool one_problem = std::all_of(c.log.begin(), c.log.end(),
                                   [&](const Record& r) { return r.problem == c.log.front().problem; });
    if (!one_problem) CHECK(pick_daily(reversed, catalog, D + c.ask)->problem == pick->problem);
  }
}

TEST_CASE("The pick says why, with the last session and the recall", "[daily]") {
  const auto catalog = small_catalog();
  const Day D = day("2026-03-10");
  std::vector<Record> log = {attempt("bs-easy", D - 3_d, "WA"), attempt("bs-easy", D - 3_d, "AC", 2000)};
  auto pick = pick_daily(log, catalog, D + 10_d);
  REQUIRE(pick);
  CHECK(pick->kind == Pick::Kind::review);
  CHECK(pick->reviews_due == 1);
  CHECK_THAT(pick->why, Catch::Contains("last seen 2026-03-07 (13 days ago)"));
  CHECK_THAT(pick->why, Catch::Contains("AC after 1 failed try in 33m 20s (hard)"));
  CHECK_THAT(pick->why, Catch::Contains("recall now"));
  auto fresh = pick_daily({}, catalog, D);
  CHECK_THAT(fresh->why, Catch::Contains("binary-search"));
  CHECK_FALSE(pick_daily({}, kata::judge::Catalog{}, D));  // empty catalog: no pick
}

namespace {

// A list in its own order, with a problem the catalog does not have (id 999).
kata::judge::ProblemList two_section_list() {
  kata::judge::ProblemList l;
  l.name = "plan";
  l.title = "The plan";
  l.sections = {{"Pointers", {{15, "tp-medium"}, {999, "not in kata"}, {167, "tp-easy"}}},
                {"Search", {{33, "bs-medium"}}}};
  return l;
}

}  // namespace

TEST_CASE("The daily pick from a list: only its problems, new ones in its order", "[daily][lists]") {
  const auto catalog = small_catalog();
  const auto list = two_section_list();
  const Day D = day("2026-03-10");

  // Empty log: the list's first problem, though the whole catalog would start elsewhere.
  auto first = pick_daily({}, catalog, D, &list);
  REQUIRE(first);
  CHECK(first->problem->meta.slug == "tp-medium");
  CHECK(first->kind == Pick::Kind::fresh);
  CHECK(first->list == &list);
  CHECK_THAT(first->why, Catch::Contains("The plan"));
  CHECK_THAT(first->why, Catch::Contains("Pointers, number 1 of 4"));
  CHECK(pick_daily({}, catalog, D)->problem->meta.slug == "bs-easy");

  // The list's order, skipping what is tried and what kata does not have: 167 is next.
  std::vector<Record> log = {attempt("tp-medium", D - 1_d, "AC", 60)};
  auto next = pick_daily(log, catalog, D, &list);
  CHECK(next->problem->meta.slug == "tp-easy");
  CHECK_THAT(next->why, Catch::Contains("number 3 of 4"));

  // A review due off the list does not come first; one on the list does.
  log = {attempt("lru", D - 3_d, "WA")};
  CHECK(pick_daily(log, catalog, D, &list)->problem->meta.slug == "tp-medium");
  CHECK(pick_daily(log, catalog, D)->problem->meta.slug == "lru");
  log.push_back(attempt("bs-medium", D - 3_d, "WA"));
  auto review = pick_daily(log, catalog, D, &list);
  CHECK(review->problem->meta.slug == "bs-medium");
  CHECK(review->kind == Pick::Kind::review);
  CHECK(review->reviews_due == 1);  // lru is due too, but not on the list

  // Every problem of the list tried, none due: an early review among them only.
  log = {attempt("tp-medium", D - 1_d, "AC", 60), attempt("tp-easy", D - 1_d, "AC", 60),
         attempt("bs-medium", D - 2_d, "AC", 60)};
  auto early = pick_daily(log, catalog, D, &list);
  CHECK(early->kind == Pick::Kind::early);
  CHECK(early->problem->meta.slug == "bs-medium");

  // A list none of whose problems kata has: nothing to pick.
  kata::judge::ProblemList elsewhere{"elsewhere", "Elsewhere", "", "", {{"All", {{999, "x"}}}}};
  CHECK_FALSE(pick_daily({}, catalog, D, &elsewhere));
}
