// kata hint: one more rung of the problem's hint ladder (kata/practice/aids.hpp).
#include <fmt/core.h>

#include <kata/practice/aids.hpp>
#include <kata/practice/log.hpp>
#include <kata/judge/text.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct HintOptions {
  std::string slug;
  std::string log;
};

int run_hint(const HintOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  if (running_interview(log_path(o.log), ctx.catalog())) {
    fmt::print(stderr, "kata: Hints are off during a mock interview (`kata interview status`)\n");
    return kUsage;
  }
  const auto log = log_path(o.log);
  auto read = read_log_reporting(log, ctx.catalog());
  if (!read) return kUsage;
  const auto ladder = practice::hint_ladder(*p, judge::default_home());
  const int shown = practice::rungs_shown(read->records, p->meta.slug, practice::today_local());
  auto style = ctx.style_out();
  if (shown >= static_cast<int>(ladder.size())) {
    fmt::print("No rungs left: you have seen all {} today.\n", ladder.size());
    fmt::print(stderr,
               "`kata solution {}` shows the reference (the problem then comes back tomorrow).\n",
               p->meta.slug);
    return kOk;
  }
  const auto& rung = ladder[static_cast<std::size_t>(shown)];
  // Code is shown as it is; words are wrapped to the terminal.
  fmt::print("{}\n\n{}", style.paint(rung.title, "1"),
             rung.code ? rung.text : judge::wrap(rung.text));
  const int left = static_cast<int>(ladder.size()) - shown - 1;
  fmt::print(stderr, "\n{}",
             judge::wrap(fmt::format(
                 "{} ({} used today: this session rates \"hard\" at best.)",
                 left == 0 ? "That was the last rung."
                           : fmt::format("{} more rung{} left.", left, left == 1 ? "" : "s"),
                 shown + 1 == 1 ? "1 hint" : fmt::format("{} hints", shown + 1))));
  try {
    practice::record_hint(log, p->meta, shown + 1);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the hint was not logged: {}\n", e.what());
  }
  return kOk;
}

}  // namespace

Verb hint_verb() {
  auto o = std::make_shared<HintOptions>();
  Verb v("hint", "One more hint for a problem: its own hints, then its pattern, then the template");
  slug_argument(v, &o->slug);
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_hint(*o, ctx); };
  return v;
}

}  // namespace kata::cli
