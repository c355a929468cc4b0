// kata log: the practice log's records, newest first.
#include <fmt/format.h>

#include <kata/practice/review.hpp>
#include <kata/judge/text.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct LogOptions {
  std::string since;    // YYYY-MM-DD: records of that local day and later
  std::string problem;  // slug or LeetCode id
  std::string log;
  bool json = false;
};

// One record a line, within 80 columns: the pattern is in --json and kata stats.
std::string text_line(const practice::Record& r, const judge::Style& style) {
  // "2026-11-28 09:15": the record's instant in this machine's zone, as its day is.
  std::string problem = judge::clip(r.problem, 28);
  problem += std::string(28 - judge::display_width(problem), ' ');
  std::string line = fmt::format("{:<16}  {:<9} {}", practice::local_minute(r),
                                 practice::to_string(r.event), problem);
  if (r.event == practice::Event::hint) line += fmt::format(" rung {}", r.rung);
  if (r.event == practice::Event::interview)
    line += r.ended ? " end" : fmt::format(" start, {} min", r.minutes);
  if (r.event == practice::Event::bench)
    line += fmt::format(" {} {}", r.reference ? "reference" : "attempt",
                        r.fitted.empty() ? "cannot tell" : judge::clip(r.fitted, 12));
  if (r.event == practice::Event::drill)
    line += fmt::format(" {} \"{}\"", r.right ? "named" : "missed", judge::clip(r.answer, 14));
  if (r.event == practice::Event::attempt) {
    std::string verdict = style.paint(fmt::format("{:<3}", judge::to_string(r.verdict)),
                                      r.verdict == judge::Verdict::AC ? "32" : "31");
    line += fmt::format(" {} {:>7}", verdict, fmt::format("{}/{}", r.passed, r.total));
    if (r.seconds) line += " " + practice::format_duration(*r.seconds);
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

int run_log(const LogOptions& o, Context& ctx) {
  std::optional<practice::Day> since;
  if (!o.since.empty()) {
    since = practice::parse_day(o.since);
    if (!since) {
      fmt::print(stderr, "kata: --since wants a date as YYYY-MM-DD, got \"{}\"\n", o.since);
      return kUsage;
    }
  }
  std::string slug = o.problem;
  if (!slug.empty())
    if (const auto* p = ctx.catalog().find(slug)) slug = p->meta.slug;  // an id works too
  const auto path = log_path(o.log);
  auto read = read_log_reporting(path, ctx.catalog());
  if (!read) return kUsage;

  std::vector<const practice::Record*> shown;
  for (const practice::Record* r : practice::newest_first(read->records)) {
    if (!slug.empty() && r->problem != slug) continue;
    if (since) {
      auto day = practice::record_day(*r);
      if (!day || *day < *since) continue;
    }
    shown.push_back(r);
  }

  if (o.json) {
    judge::Json records = judge::Json::array();
    for (const auto* r : shown)
      records.push_back(judge::json_from_text_or_throw(practice::to_json_line(*r)));
    judge::Json out{{"log", path.string()}, {"records", records}, {"skipped_lines", read->problems}};
    fmt::print("{}\n", judge::json_to_text(out, 2));
    return kOk;
  }
  if (shown.empty()) {
    fmt::print("no records{} in {}\n", slug.empty() && !since ? "" : " match", path.string());
    return kOk;
  }
  auto style = ctx.style_out();
  for (const auto* r : shown) fmt::print("{}\n", text_line(*r, style));
  return kOk;
}

}  // namespace

Verb log_verb() {
  auto o = std::make_shared<LogOptions>();
  Verb v("log", "The practice log, newest first");
  day_option(v, "--since", &o->since, "Only records of this local day and later (YYYY-MM-DD)");
  v.option("--problem", &o->problem, "Only this problem's records (slug or LeetCode number)");
  log_option(v, &o->log);
  v.flag("--json", &o->json, "The records as JSON");
  v.run = [o](Context& ctx) { return run_log(*o, ctx); };
  return v;
}

}  // namespace kata::cli
