// Progress in numbers (stats.hpp) and the calendar (calendar.hpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include <kata/practice/calendar.hpp>
#include <kata/practice/stats.hpp>

#include "practice_fixtures.hpp"

using namespace kata::practice;
using namespace kata::practice::test;

namespace {

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

TEST_CASE("Streaks: a record's day is the reader's local day of its instant", "[stats][streak][zones]") {
  // The same four instants, written in three zones.
  std::vector<Record> log = {
      attempt("x", day("2026-03-01"), "AC", {}, "23:59:59", "+08:00"),  // 15:59:59 UTC on the 1st
      attempt("x", day("2026-03-02"), "AC", {}, "00:00:01", "+08:00"),  // 16:00:01 UTC on the 1st
      attempt("x", day("2026-03-03"), "AC", {}, "23:30:00", "-05:00"),  // 04:30 UTC on the 4th
      attempt("x", day("2026-03-05"), "AC", {}, "00:10:00", "+09:00"),  // 15:10 UTC on the 4th
  };
  {  // Read at UTC+8 (the tests' zone): 1st, 2nd, 4th (12:30), 4th (23:10).
    auto per_day = attempts_per_day(log, day("2026-03-05"));
    CHECK(per_day == std::map<Day, int>{{day("2026-03-01"), 1}, {day("2026-03-02"), 1}, {day("2026-03-04"), 2}});
    auto s = streaks(per_day, day("2026-03-05"));
    CHECK(s.current == 1);
    CHECK(s.longest == 2);
    CHECK(s.longest_end == day("2026-03-02"));
  }
  {  // Read at UTC: the first two are one day; the last two are the 4th.
    ZoneForTest utc("UTC0");
    auto per_day = attempts_per_day(log, day("2026-03-05"));
    CHECK(per_day == std::map<Day, int>{{day("2026-03-01"), 2}, {day("2026-03-04"), 2}});
  }
  {  // Read in Los Angeles (UTC-8): the 1st at 07:59 and 08:00; the 3rd at 20:30; the 4th at 07:10.
    ZoneForTest la("PST8PDT,M3.2.0,M11.1.0");
    auto per_day = attempts_per_day(log, day("2026-03-05"));
    CHECK(per_day == std::map<Day, int>{{day("2026-03-01"), 2}, {day("2026-03-03"), 1}, {day("2026-03-04"), 1}});
    CHECK(streaks(per_day, day("2026-03-05")).current == 2);  // the 3rd and the 4th; the 5th is not over
  }
}

TEST_CASE("Streaks: an instant in the past is never in the future, west of the writer", "[stats][streak][zones]") {
  // Written at 03:00 UTC on the 5th; read in Los Angeles it is 19:00 on the 4th,
  // the reader's today: it counts, and today's streak is alive.
  ZoneForTest la("PST8PDT,M3.2.0,M11.1.0");
  std::vector<Record> log = {attempt("x", day("2026-03-05"), "AC", 60, "03:00:00", "+00:00")};
  auto per_day = attempts_per_day(log, day("2026-03-04"));
  CHECK(per_day == std::map<Day, int>{{day("2026-03-04"), 1}});
  CHECK(streaks(per_day, day("2026-03-04")).current == 1);
  CHECK(compute_stats(log, small_catalog(), day("2026-03-04")).total.attempts == 1);
}

TEST_CASE("Streaks: days across a daylight-saving change", "[stats][streak][zones]") {
  // New York springs forward at 07:00 UTC on 2026-03-08 and falls back at 06:00 UTC
  // on 2026-11-01. Midnight is 05:00 UTC before the spring change, 04:00 UTC after.
  ZoneForTest ny("EST5EDT,M3.2.0,M11.1.0");
  std::vector<Record> log = {
      attempt("x", day("2026-03-08"), "AC", {}, "04:59:00", "+00:00"),  // 23:59 EST on the 7th
      attempt("x", day("2026-03-08"), "AC", {}, "06:30:00", "+00:00"),  // 01:30 EST on the 8th
      attempt("x", day("2026-03-08"), "AC", {}, "07:30:00", "+00:00"),  // 03:30 EDT on the 8th
      attempt("x", day("2026-03-09"), "AC", {}, "03:59:00", "+00:00"),  // 23:59 EDT on the 8th
      attempt("x", day("2026-03-09"), "AC", {}, "04:01:00", "+00:00"),  // 00:01 EDT on the 9th
      attempt("x", day("2026-11-01"), "AC", {}, "05:30:00", "+00:00"),  // 01:30 EDT on Nov 1st
      attempt("x", day("2026-11-01"), "AC", {}, "06:30:00", "+00:00"),  // 01:30 EST, an hour later
      attempt("x", day("2026-11-02"), "AC", {}, "04:30:00", "+00:00"),  // 23:30 EST on Nov 1st
  };
  auto per_day = attempts_per_day(log, day("2026-11-30"));
  CHECK(per_day == std::map<Day, int>{{day("2026-03-07"), 1},
                                      {day("2026-03-08"), 3},
                                      {day("2026-03-09"), 1},
                                      {day("2026-11-01"), 3}});
  CHECK(streaks(per_day, day("2026-03-09")).current == 3);
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
  for (const auto& line : lines) CHECK(line.size() <= 80);  // one column a week
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

TEST_CASE("Time to AC: the first AC of each session, not the tests re-run after it", "[stats]") {
  const auto catalog = small_catalog();
  const Day D = day("2026-03-10");
  std::vector<Record> log = {
      attempt("bs-easy", D - 2_d, "WA", 100),
      attempt("bs-easy", D - 2_d, "AC", 300),   // solved after 5 minutes
      attempt("bs-easy", D - 2_d, "AC", 3000),  // the tests run again later that day
      attempt("bs-easy", D - 2_d, "AC", 5000),
      attempt("bs-easy", D, "AC", 60),          // a review: a session of its own
  };
  CHECK(first_ac_of_session(log) == std::vector<bool>{false, true, false, false, true});
  auto s = compute_stats(log, catalog, D);
  CHECK(pattern(s, "binary-search").median_seconds == Approx(180));  // median of 300 and 60
}

TEST_CASE("Stats name the problems whose last bench was slower than stated", "[stats][bench]") {
  auto catalog = small_catalog();
  const Day D = day("2026-03-10");
  auto bench = [&](const std::string& slug, const std::string& fitted, Day d) {
    Record r;
    r.event = Event::bench;
    r.time = format_day(d) + "T12:30:00+08:00";
    r.problem = slug;
    r.fitted = fitted;
    r.stated = "n";
    return r;
  };
  std::vector<Record> log = {attempt("bs-easy", D - 1_d, "AC"), bench("bs-easy", "n²", D - 1_d),
                             attempt("lru", D - 1_d, "AC"),     bench("lru", "n²", D - 1_d),
                             bench("lru", "n", D)};  // improved since: no longer listed
  auto s = compute_stats(log, catalog, D);
  REQUIRE(s.slower.size() == 1);
  CHECK(s.slower[0].problem == "bs-easy");
  CHECK(s.slower[0].fitted == "n²");
  CHECK(s.slower[0].stated == "n");
}
