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
  auto read = read_log_reporting(log_path(o.log));
  auto h = practice::heatmap(read.records, *day);
  fmt::print("{}", practice::render_calendar(h, ctx.style_out().color));
  auto s = practice::streaks(practice::attempts_per_day(read.records, *day), *day);
  fmt::print("    streak: {} day{} (longest {})\n", s.current, s.current == 1 ? "" : "s", s.longest);
  return kOk;
}

}  // namespace

void setup_calendar(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CalendarOptions>();
  auto* sub = app.add_subcommand("calendar", "The last 52 weeks of practice as a heatmap");
  sub->add_option("--date", o->date, "End on this day instead of today (YYYY-MM-DD)")
      ->check(date_check());
  sub->add_option("--log", o->log, "The practice log (default: $KATA_LOG or notes/practice-log.jsonl)");
  sub->callback([o, &ctx] { ctx.exit_code = run_calendar(*o, ctx); });
}

}  // namespace kata::cli
