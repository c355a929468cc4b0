// kata daily: today's problem, chosen by the practice log (see kata/practice/daily.hpp).
#include <cmath>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <kata/practice/aids.hpp>
#include <kata/practice/daily.hpp>
#include <kata/practice/settings.hpp>
#include <kata/judge/text.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct DailyOptions {
  std::string date;  // YYYY-MM-DD; default today (local time)
  std::string log;
  std::string list;  // a study list's name, "all" for the whole catalog; default: the setting
  bool blind = false;  // hide the pattern (default: the setting)
  bool json = false;
};

// The list to pick from, and where that choice came from: --list, else the
// setting in notes/kata.json, else none (the whole catalog). nullopt: --list
// names no list (a usage error). A setting naming no list is reported and the
// whole catalog is used: a stale setting should not stop the day's practice.
struct ListChoice {
  const judge::ProblemList* list = nullptr;
  std::string source;  // "--list", or the settings file's path
};

std::optional<ListChoice> choose_list(const DailyOptions& o, const practice::SettingsRead& read,
                                      Context& ctx) {
  if (!o.list.empty()) {
    if (o.list == "all") return ListChoice{nullptr, "--list"};
    const auto* list = ctx.list_or_explain(o.list);
    if (!list) return std::nullopt;
    return ListChoice{list, "--list"};
  }
  const auto file = practice::settings_path(judge::default_home());
  const auto& name = read.settings.list;
  if (name.empty() || name == "all") return ListChoice{};
  const auto* list = ctx.list_or_explain(name, read.settings.where + ": ");
  if (!list) fmt::print(stderr, "kata: today's pick comes from the whole catalog\n");
  return ListChoice{list, file.string()};
}

judge::Json card_json(const practice::Card& c, practice::Day date) {
  const auto& s = c.last();
  return {{"sessions", c.sessions.size()},
          {"last_seen", practice::format_day(s.day)},
          {"last_rating", practice::to_string(s.rating)},
          {"last_session", practice::describe(s)},
          {"difficulty", std::round(c.memory().difficulty * 100) / 100},
          {"stability_days", std::round(c.memory().stability * 100) / 100},
          {"recall", std::round(c.recall(date) * 1000) / 1000},
          {"due", practice::format_day(c.due())}};
}

// The class and its methods for a design or concurrency problem, the signature otherwise.
std::string signature_block(const judge::ProblemMeta& m) {
  if (!m.has_class()) {
    std::string line = judge::break_at_commas(judge::signature_line(m.method));
    line.pop_back();  // the caller ends the block
    return line;
  }
  std::string params;
  for (const auto& p : m.constructor)
    params += (params.empty() ? "" : ", ") + p.type + " " + p.name;
  std::string out = fmt::format("class {} {{\n  {}({})\n", m.class_name, m.class_name, params);
  for (const auto& mm : m.methods) out += judge::break_at_commas("  " + judge::signature_line(mm));
  return out + "}";
}

int run_daily(const DailyOptions& o, Context& ctx) {
  auto date = date_option(o.date);
  if (!date) return kUsage;
  const auto& catalog = ctx.catalog();
  ctx.report_catalog_errors();
  const auto settings = practice::read_settings(practice::settings_path(judge::default_home()));
  for (const auto& p : settings.problems) fmt::print(stderr, "kata: {}\n", p);
  auto choice = choose_list(o, settings, ctx);
  if (!choice) return kUsage;
  auto log = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!log) return kUsage;
  auto pick = practice::pick_daily(log->records, catalog, *date, choice->list);
  if (!pick) {
    if (choice->list)
      fmt::print(stderr, "kata: the catalog has none of {}'s problems yet (`kata list --list {}`)\n",
                 choice->list->title, choice->list->name);
    else
      fmt::print(stderr, "kata: the catalog is empty: no problem to pick\n");
    return kFailed;
  }
  const auto& p = *pick->problem;
  const auto& m = p.meta;
  // Attempts already made on the day itself: they do not change the pick.
  auto today = practice::replay(log->records, *date + std::chrono::days{1}, &catalog);
  const practice::Session* done = nullptr;
  if (const auto* c = today.find(m.slug); c && c->last().day == *date) done = &c->last();
  const std::string next = "kata start " + m.slug;
  // Blind: nothing that names the pattern until the day's AC or hint (aids.hpp).
  const bool blind = (o.blind || settings.settings.blind) &&
                     practice::still_blind(log->records, m.slug, *date);
  const std::string why = !blind                                       ? pick->why
                          : pick->kind == practice::Pick::Kind::fresh ? "a problem you have not tried"
                                                                       : "a review is due";

  if (o.json) {
    judge::Json j = {{"date", practice::format_day(*date)},
                     {"slug", m.slug},
                     {"id", m.id},
                     {"title", m.title},
                     {"pattern", blind ? judge::Json() : judge::Json(m.pattern)},
                     {"blind", blind},
                     {"difficulty", m.difficulty},
                     {"url", m.url},
                     {"list", choice->list ? judge::Json(choice->list->name) : judge::Json()},
                     {"list_from", choice->list ? judge::Json(choice->source) : judge::Json()},
                     {"reason", practice::to_string(pick->kind)},
                     {"why", why},
                     {"reviews_due", pick->reviews_due},
                     {"card", pick->card ? card_json(*pick->card, *date) : judge::Json()},
                     {"today", done ? judge::Json(practice::describe(*done)) : judge::Json()},
                     {"statement_file",
                      blind ? judge::Json() : judge::Json(p.statement_file().string())},
                     {"log", log_path(o.log).string()},
                     {"skipped_lines", log->problems},
                     {"next", next}};
    fmt::print("{}\n", judge::json_to_text(j, 2));
    return kOk;
  }
  auto style = ctx.style_out();
  std::ifstream in(p.statement_file());
  std::stringstream statement;
  statement << in.rdbuf();
  fmt::print("{}  today's problem\n\n", style.paint(practice::format_day(*date), "2"));
  fmt::print("{}", problem_heading(m, blind, style));
  fmt::print("{}\n\n", style.paint(m.url.empty() ? "kata's own problem (not on LeetCode)" : m.url, "2"));
  if (choice->list)
    fmt::print("{} {}, {} (from {}; --list all for the whole catalog)\n", style.paint("list:", "1"),
               choice->list->name, choice->list->title, choice->source);
  fmt::print("{} {}", style.paint("why:", "1"), judge::wrap(why, 75, "     "));
  if (pick->reviews_due > 1)
    fmt::print("     {} reviews are due; one a day, the most forgotten first\n", pick->reviews_due);
  if (done) fmt::print("{} {}\n", style.paint("today so far:", "1"), practice::describe(*done));
  fmt::print("\n{}\n", judge::fit_markdown(blind ? practice::blind_statement(statement.str(), m.pattern)
                                                : statement.str()));
  if (blind)
    fmt::print("{}", style.paint(judge::wrap("(blind: the pattern and the hints stay hidden until "
                                             "an AC or `kata hint " + m.slug + "`)"),
                                 "2"));
  fmt::print("{}\n", style.paint(signature_block(m), "1"));
  fmt::print("\nnext: {}\n", style.paint(next, "1"));
  return kOk;
}

}  // namespace

Verb daily_verb() {
  auto o = std::make_shared<DailyOptions>();
  Verb v("daily", "Today's problem: a due review, else a new one");
  day_option(v, "--date", &o->date, "Pick for this day instead (YYYY-MM-DD)");
  log_option(v, &o->log);
  v.option("--list", &o->list,
           "Pick from this study list only, in its order (kata list --list NAME); \"all\" for "
           "the whole catalog. Default: \"list\" in notes/kata.json");
  v.flag("--blind", &o->blind,
         "Hide the pattern until an AC or a hint (the default when notes/kata.json has \"blind\": true)");
  v.flag("--json", &o->json, "The pick as JSON");
  v.run = [o](Context& ctx) { return run_daily(*o, ctx); };
  return v;
}

}  // namespace kata::cli
