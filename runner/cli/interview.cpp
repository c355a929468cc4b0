// kata interview: a mock interview, started, looked at and ended
// (kata/practice/interview.hpp).
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <kata/attempt/attempt.hpp>
#include <kata/attempt/stub.hpp>
#include <kata/practice/aids.hpp>
#include <kata/practice/interview.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

namespace fs = std::filesystem;

struct InterviewOptions {
  std::string action = "start";  // start | status | end
  int minutes = 45;
  int problems = 2;
  std::string list;
  std::uint64_t seed = 0;  // 0: the day's
  std::string log;
};

int start(const InterviewOptions& o, Context& ctx, const fs::path& log) {
  const auto& catalog = ctx.catalog();
  if (auto running = running_interview(log, catalog)) {
    fmt::print(stderr,
               "kata: an interview is running (`kata interview status`, `kata interview end`)\n");
    return kUsage;
  }
  const judge::ProblemList* list = nullptr;
  if (!o.list.empty() && o.list != "all" && !(list = ctx.list_or_explain(o.list))) return kUsage;
  auto read = read_log_reporting(log, catalog);
  if (!read) return kUsage;
  const auto today = practice::today_local();
  const std::uint64_t seed =
      o.seed ? o.seed : static_cast<std::uint64_t>(today.time_since_epoch().count());
  auto chosen = practice::interview_problems(catalog, read->records, today, o.problems, list, seed);
  if (chosen.empty()) {
    fmt::print(stderr, "kata: no unseen Medium problem is left{} for an interview\n",
               list ? " on " + list->title : "");
    return kFailed;
  }
  const std::string id = practice::now_local_iso();
  const fs::path dir = judge::practice_dir();
  std::error_code ec;
  fs::create_directories(dir, ec);
  auto style = ctx.style_out();
  fmt::print("{}\n\n",
             style.paint(fmt::format("A mock interview: {} minutes, {} problem{}.", o.minutes,
                                     chosen.size(), chosen.size() == 1 ? "" : "s"),
                         "1"));
  int n = 0;
  for (const auto* p : chosen) {
    fs::path file = judge::attempt_path(p->meta.slug);
    try {
      if (fs::exists(file, ec))  // never seen in the log, but a file of the user's: kept
        practice::keep_in_history(file, practice::history_dir(dir, p->meta.slug),
                                  practice::file_stamp(id));
      std::ofstream(file, std::ios::trunc) << attempt::attempt_stub(p->meta);
      practice::record_start(log, p->meta);
      practice::record_interview_start(log, p->meta, id, o.minutes);
    } catch (const std::exception& e) {
      fmt::print(stderr, "kata: {}\n", e.what());
      return kUsage;
    }
    fmt::print("{}. {}  {}  {}\n   {}\n", ++n,
               style.paint(fmt::format("{}. {}", p->meta.id, p->meta.title), "1"),
               p->meta.difficulty, style.paint(p->meta.url, "2"), attempt::display_path(file));
  }
  fmt::print(
      "\nDuring it `kata test` says only how many cases pass; hints and solutions are off.\n"
      "`kata interview status` shows the time left; `kata interview end` ends it.\n");
  return kOk;
}

int status(Context& ctx, const fs::path& log) {
  const auto& catalog = ctx.catalog();
  auto running = running_interview(log, catalog);  // ends it, with its report, if time is up
  if (!running) {
    fmt::print("No interview is running (`kata interview` starts one).\n");
    return kOk;
  }
  auto now = practice::parse_time(practice::now_local_iso()).value_or(running->started);
  fmt::print("Interview: {} left of {} minutes.\n",
             practice::format_duration(static_cast<double>(running->deadline - now)),
             running->minutes);
  auto report =
      practice::interview_report(practice::read_log(log, &catalog).records, catalog, *running);
  for (const auto& row : report.rows)
    fmt::print("  {:<36} {:<6}  {}\n", row.title, row.difficulty,
               row.last ? fmt::format("{} of {} cases passed, {} tr{}", row.passed, row.total,
                                      row.tries, row.tries == 1 ? "y" : "ies")
                        : std::string("not tested yet"));
  return kOk;
}

int end(Context& ctx, const fs::path& log) {
  const auto& catalog = ctx.catalog();
  auto running = running_interview(log, catalog);
  if (!running) {
    fmt::print("No interview is running.\n");
    return kOk;
  }
  try {
    for (const auto& slug : running->problems)
      if (const auto* p = catalog.find(slug))
        practice::record_interview_end(log, p->meta, running->id);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: {}\n", e.what());
    return kUsage;
  }
  fmt::print("{}", practice::render_interview(practice::interview_report(
                       practice::read_log(log, &catalog).records, catalog, *running)));
  return kOk;
}

int run_interview(const InterviewOptions& o, Context& ctx) {
  const auto log = log_path(o.log);
  if (o.action == "start") return start(o, ctx, log);
  if (o.action == "status") return status(ctx, log);
  return end(ctx, log);
}

}  // namespace

Verb interview_verb() {
  auto o = std::make_shared<InterviewOptions>();
  Verb v("interview", "A mock interview: unseen problems from your weak patterns, one clock");
  v.option("action", &o->action, "start (the default), status or end")
      .checked("start|status|end", [](const std::string& s) -> std::string {
        return s == "start" || s == "status" || s == "end"
                   ? ""
                   : "wants start, status or end, got \"" + s + "\"";
      });
  v.option("--minutes", &o->minutes, "How long it lasts (default 45)").between(1, 600);
  v.option("--problems", &o->problems, "How many problems (default 2)").between(1, 5);
  v.option("--list", &o->list, "Choose from this study list only");
  v.option("--seed", &o->seed, "Draw with this seed (default: today's)");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_interview(*o, ctx); };
  return v;
}

}  // namespace kata::cli
