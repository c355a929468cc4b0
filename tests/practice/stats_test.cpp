// Progress in numbers (stats.hpp) and the calendar (calendar.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include <kata/practice/calendar.hpp>
#include <kata/practice/stats.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;

namespace {

std::chrono::days operator""_d(unsigned long long n) { return std::chrono::days{static_cast<int>(n)}; }

Streaks streaks_of(const std::vector<Record>& log, Day today) {
  return streaks(attempts_per_day(log, today), today);
}

const PatternStats& pattern(const Stats& s, const std::string& name) {
  auto it = std::find_if(s.patterns.begin(), s.patterns.end(),
                         [&](const PatternStats& p) { return p.pattern == name; });
  REQUIRE(it != s.patterns.end());
  return *it;
}

}  // namespace

TEST_CASE("Streaks: runs broken by gaps", "[stats][streak]") {
  const Day D = day("2026-03-10");
  std::vector<Record> log;
  for (auto back : {20, 19, 18, 17, 10, 9, 8, 2, 1, 0}) log.push_back(attempt("x", D - std::chrono::days{back}, "WA"));
  auto s = streaks_of(log, D);
  CHECK(s.current == 3);
  CHECK(s.longest == 4);
  CHECK(s.longest_end == D - 17_d);
  CHECK(s.active_days == 10);
}

TEST_CASE("Streaks: several attempts a day count as one day", "[stats][streak]") {
  const Day D = day("2026-03-10");
  std::vector<Record> log;
  for (int i = 0; i < 5; ++i) log.push_back(attempt("x", D - 1_d, "WA"));
  for (int i = 0; i < 3; ++i) log.push_back(attempt("y", D, "AC"));
  log.push_back(start("z", D - 2_d));  // a start is not an attempt
  auto s = streaks_of(log, D);
  CHECK(s.current == 2);
  CHECK(s.longest == 2);
  CHECK(s.active_days == 2);
}

TEST_CASE("Streaks: today is not over, so yesterday keeps the streak alive", "[stats][streak]") {
  const Day D = day("2026-03-10");
  std::vector<Record> log = {attempt("x", D - 2_d, "AC"), attempt("x", D - 1_d, "AC")};
  CHECK(streaks_of(log, D).current == 2);
  CHECK(streaks_of(log, D + 1_d).current == 0);  // a whole day missed
  CHECK(streaks_of(log, D + 1_d).longest == 2);
  CHECK(streaks_of({}, D).current == 0);
  CHECK(streaks_of({}, D).longest == 0);
  // Days after the one asked about do not count.
  CHECK(streaks_of(log, D - 2_d).current == 1);
}

TEST_CASE("Streaks: the day boundary is the record's own local midnight", "[stats][streak]") {
  // Each record keeps the day it was written on, in the offset it was written with.
  std::vector<Record> log = {
      attempt("x", day("2026-03-01"), "AC", {}, "23:59:59", "+08:00"),
      attempt("x", day("2026-03-02"), "AC", {}, "00:00:01", "+08:00"),  // two seconds later: a new day
      // 04:30 UTC on the 4th, but 23:30 on the 3rd where it was written.
      attempt("x", day("2026-03-03"), "AC", {}, "23:30:00", "-05:00"),
      // 15:10 UTC on the 4th, but already the 5th in Tokyo.
      attempt("x", day("2026-03-05"), "AC", {}, "00:10:00", "+09:00"),
  };
  auto per_day = attempts_per_day(log, day("2026-03-05"));
  CHECK(per_day.size() == 4);
  CHECK(per_day.count(day("2026-03-04")) == 0);
  auto s = streaks(per_day, day("2026-03-05"));
  CHECK(s.current == 1);
  CHECK(s.longest == 3);
  CHECK(s.longest_end == day("2026-03-03"));
}

TEST_CASE("Stats per pattern: seen, solved, AC rate, median time, due", "[stats]") {
  const auto catalog = small_catalog();
  const Day D = day("2026-03-10");
  std::vector<Record> log = {
      start("bs-easy", D - 6_d),
      attempt("bs-easy", D - 6_d, "WA"),
      attempt("bs-easy", D - 6_d, "AC", 600),  // good: due D-2
      start("bs-medium", D - 1_d),             // seen, never attempted
      attempt("lru", D - 1_d, "ERR"),          // the judge's fault: not counted
      attempt("lru", D - 1_d, "AC", 100),      // easy: due in 14 days
      attempt("lru", D, "AC", 300),
      attempt("tp-easy", D + 1_d, "AC", 10),   // after the day asked about
      attempt("gone", D - 3_d, "AC", 50),      // no longer in the catalog
  };
  log.back().pattern = "graphs";
  auto s = compute_stats(log, catalog, D);

  const auto& bs = pattern(s, "binary-search");
  CHECK(bs.in_catalog == 2);
  CHECK(bs.seen == 2);
  CHECK(bs.solved == 1);
  CHECK(bs.attempts == 2);
  CHECK(bs.ac_rate() == Approx(0.5));
  CHECK(bs.median_seconds == Approx(600));
  CHECK(bs.due_now == 1);
  CHECK(bs.due_week == 1);

  const auto& lru = pattern(s, "design");
  CHECK(lru.attempts == 2);
  CHECK(lru.accepted == 2);
  CHECK(lru.median_seconds == Approx(200));  // median of 100 and 300
  CHECK(lru.due_now == 0);

  const auto& tp = pattern(s, "two-pointers");
  CHECK(tp.seen == 0);
  CHECK_FALSE(tp.median_seconds);

  const auto& graphs = pattern(s, "graphs");  // known from the log only
  CHECK(graphs.in_catalog == 0);
  CHECK(graphs.solved == 1);

  CHECK(s.total.in_catalog == 5);
  CHECK(s.total.seen == 4);
  CHECK(s.total.solved == 3);
  CHECK(s.total.attempts == 5);
  CHECK(s.total.median_seconds == Approx(200));  // 50 100 300 600
  CHECK(s.streaks.current == 2);

  // Reviews due this week: bs-easy now; in 3 days nothing more is due.
  auto reviews = replay(log, D + 1_d, &catalog);
  auto forecast = review_forecast(reviews, D, 30);
  REQUIRE(forecast.size() == 30);
  CHECK(forecast[0] == 1);   // bs-easy, overdue since D-2
  CHECK(forecast[11] == 1);  // "gone": easy on D-3, due in 14 days
}

TEST_CASE("The calendar: 52 weeks of Monday-first columns, shaded by attempts", "[calendar]") {
  const Day D = day("2026-03-11");  // a Wednesday
  std::vector<Record> log = {attempt("x", D, "AC"),
                             attempt("x", D - 1_d, "WA"), attempt("x", D - 1_d, "AC"),
                             attempt("x", D - 400_d, "AC")};  // too old to show
  for (int i = 0; i < 6; ++i) log.push_back(attempt("y", D - 2_d, "WA"));
  auto h = heatmap(log, D);
  CHECK(weekday_from_monday(h.first) == 0);
  CHECK(days_between(h.first, D) == 51 * 7 + 2);
  CHECK(h.total == 9);
  CHECK(h.count(D - 2_d) == 6);
  CHECK(shade_level(0) == 0);
  CHECK(shade_level(1) == 1);
  CHECK(shade_level(2) == 2);
  CHECK(shade_level(4) == 3);
  CHECK(shade_level(5) == 4);

  std::string plain = render_calendar(h, false);
  CHECK(plain.find('\x1b') == std::string::npos);  // no escapes without colour
  // Rows Mon..Sun after the month line: Mon holds D-2 (6 attempts: '#'), Tue
  // D-1 ('+'), Wed D ('-'); Thu..Sun of this week are still to come.
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < plain.size()) {
    auto nl = plain.find('\n', at);
    lines.push_back(plain.substr(at, nl - at));
    at = nl + 1;
  }
  REQUIRE(lines.size() >= 9);
  CHECK(lines[1].rfind("Mon", 0) == 0);
  CHECK(lines[1].back() == '#');
  CHECK(lines[2].back() == '+');
  CHECK(lines[3].back() == '-');
  CHECK(lines[4].back() == '.');  // Thursday of last week, the last cell on that row
  auto cells = [](const std::string& row) { return std::count_if(row.begin() + 4, row.end(), [](char c) { return c != ' '; }); };
  CHECK(cells(lines[1]) == 52);
  CHECK(cells(lines[7]) == 51);  // Sunday: this week's is not there yet
  CHECK_THAT(plain, Catch::Contains("9 attempts"));
  std::string color = render_calendar(h, true);
  CHECK(color.find("\x1b[38;5;") != std::string::npos);
}

TEST_CASE("Stats per list: against the whole list, kata's problems seen, solved, due", "[stats][lists]") {
  auto catalog = small_catalog();
  kata::judge::ProblemList plan;
  plan.name = "plan";
  plan.title = "The plan";
  plan.sections = {{"All", {{35, "bs-easy"}, {33, "bs-medium"}, {146, "lru"}, {999, "not in kata"}}}};
  catalog.lists.push_back(plan);
  const Day D = day("2026-03-10");
  std::vector<Record> log = {
      attempt("bs-easy", D - 6_d, "AC", 600),  // good: due D-2
      start("bs-medium", D - 1_d),             // seen only
      attempt("lru", D - 1_d, "WA"),           // again: due D
      attempt("tp-easy", D - 1_d, "AC", 60),   // not on the list
  };
  auto s = compute_stats(log, catalog, D);
  REQUIRE(s.lists.size() == 1);
  const auto& l = s.lists[0];
  CHECK(l.name == "plan");
  CHECK(l.title == "The plan");
  CHECK(l.on_list == 4);
  CHECK(l.in_catalog == 3);
  CHECK(l.seen == 3);
  CHECK(l.solved == 1);
  CHECK(l.due_now == 2);
}
