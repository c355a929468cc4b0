// kata calendar: the last 52 weeks of practice as a heatmap (see kata/practice/calendar.hpp).
#include <fmt/format.h>

#include <kata/practice/calendar.hpp>
#include <kata/practice/stats.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct CalendarOptions {
  std::string date;  // the last day shown; default today
  std::string log;
};

int run_calendar(const CalendarOptions& o, Context& ctx) {
  auto day = date_option(o.date);
  if (!day) return kUsage;
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return kUsage;
  auto h = practice::heatmap(read->records, *day);
  fmt::print("{}", practice::render_calendar(h, ctx.style_out().color));
  auto s = practice::streaks(practice::attempts_per_day(read->records, *day), *day);
  fmt::print("    streak: {} day{} (longest {})\n", s.current, s.current == 1 ? "" : "s",
             s.longest);
  return kOk;
}

}  // namespace

Verb calendar_verb() {
  auto o = std::make_shared<CalendarOptions>();
  Verb v("calendar", "The last 52 weeks of practice as a heatmap");
  day_option(v, "--date", &o->date, "End on this day instead of today (YYYY-MM-DD)");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_calendar(*o, ctx); };
  return v;
}

}  // namespace kata::cli
