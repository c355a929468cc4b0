// kata stats: progress per pattern and the daily streak (see kata/practice/stats.hpp).
#include <cmath>

#include <fmt/format.h>

#include <kata/practice/stats.hpp>
#include <kata/judge/text.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct StatsOptions {
  std::string date;  // as of this day; default today
  std::string log;
  bool json = false;
};

std::string percent(double r) {
  return fmt::format("{}%", std::lround(r * 100));
}

int run_stats(const StatsOptions& o, Context& ctx) {
  auto day = date_option(o.date);
  if (!day) return kUsage;
  const auto& catalog = ctx.catalog();
  ctx.report_catalog_errors();
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return kUsage;
  auto s = practice::compute_stats(read->records, catalog, *day);

  if (o.json) {
    fmt::print("{}\n", judge::json_to_text(practice::stats_json(s, read->problems), 2));
    return kOk;
  }
  auto style = ctx.style_out();
  // 80 columns: short headers, said in full under the table.
  constexpr auto kRow = "{:<20} {:>7} {:>6} {:>4} {:>7} {:>4} {:>4} {:>6} {:>6}";
  fmt::print("{}\n", style.paint(fmt::format(kRow, "pattern", "seen", "solved", "AC", "to AC",
                                              "due", "week", "recall", "named"),
                                  "1"));
  auto row = [&](const practice::PatternStats& p) {
    return fmt::format(kRow, judge::clip(p.pattern, 20),
                       fmt::format("{}/{}", p.seen, p.in_catalog), p.solved,
                       p.attempts ? percent(p.ac_rate()) : "-",
                       p.median_seconds ? practice::format_duration(*p.median_seconds) : "-",
                       p.due_now, p.due_week, p.seen ? percent(p.mean_recall) : "-",
                       p.drills ? fmt::format("{}/{}", p.recognised, p.drills) : "-");
  };
  for (const auto& p : s.patterns) fmt::print("{}\n", row(p));
  fmt::print("{}\n", style.paint(row(s.total), "1"));
  fmt::print("{}\n", style.paint(judge::wrap("seen: problems tried of those in kata; AC: attempts "
                                              "accepted; to AC: median time to an AC; due: reviews "
                                              "due now, week: in the next 7 days; recall: mean "
                                              "chance to recall now; named: drills named right"),
                                  "2"));
  if (!s.lists.empty()) {
    constexpr auto kList = "{:<20} {:>9} {:>6} {:>7} {:>7}  {}";
    fmt::print("{}\n", style.paint(fmt::format(kList, "list", "in kata", "seen", "solved", "due",
                                                "title"),
                                    "1"));
    for (const auto& l : s.lists)
      fmt::print("{}\n", fmt::format(kList, judge::clip(l.name, 20),
                                      fmt::format("{}/{}", l.in_catalog, l.on_list), l.seen,
                                      l.solved, l.due_now, style.paint(judge::clip(l.title, 25), "2")));
    fmt::print("\n");
  }
  if (!s.slower.empty()) {
    std::string list;
    for (const auto& x : s.slower)
      list += (list.empty() ? "" : ", ") + x.problem + " (" + x.fitted + " for " + x.stated + ")";
    fmt::print("{}\n", judge::wrap("accepted, but slower than stated (kata bench): " + list));
  }
  const auto& st = s.streaks;
  fmt::print("streak: {} day{} (longest {}{}), {} active day{}\n", st.current,
             st.current == 1 ? "" : "s", st.longest,
             st.longest_end ? ", ending " + practice::format_day(*st.longest_end) : "",
             st.active_days, st.active_days == 1 ? "" : "s");
  return kOk;
}

}  // namespace

Verb stats_verb() {
  auto o = std::make_shared<StatsOptions>();
  Verb v("stats", "Progress per pattern, reviews due, the daily streak");
  day_option(v, "--date", &o->date, "As of this day instead of today (YYYY-MM-DD)");
  log_option(v, &o->log);
  v.flag("--json", &o->json, "The numbers as JSON");
  v.run = [o](Context& ctx) { return run_stats(*o, ctx); };
  return v;
}

}  // namespace kata::cli
