// kata history: a problem's earlier attempts (kept by kata start) and their verdicts.
#include <fmt/core.h>

#include <kata/attempt/attempt.hpp>
#include <kata/practice/aids.hpp>
#include <kata/practice/review.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct HistoryOptions {
  std::string slug;
  bool json = false;
  std::string log;
};

int run_history(const HistoryOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return kUsage;
  const auto past = practice::past_attempts(
      judge::attempt_path(p->meta.slug), practice::history_dir(judge::practice_dir(), p->meta.slug),
      read->records, [](const std::filesystem::path& f) { return attempt::hash_file(f); });
  if (o.json) {
    judge::Json out = judge::Json::array();
    for (const auto& a : past) {
      judge::Json j = {{"file", a.file.string()},
                       {"saved", a.saved},
                       {"hash", a.hash},
                       {"accepted", a.accepted}};
      j["verdict"] = a.last ? judge::Json(judge::to_string(a.last->verdict)) : judge::Json();
      j["passed"] = a.last ? judge::Json(a.last->passed) : judge::Json();
      j["total"] = a.last ? judge::Json(a.last->total) : judge::Json();
      out.push_back(j);
    }
    fmt::print("{}\n", judge::json_to_text(out, 2));
    return kOk;
  }
  if (past.empty()) {
    fmt::print("No attempts at {} yet: `kata start {}`.\n", p->meta.title, p->meta.slug);
    return kOk;
  }
  auto style = ctx.style_out();
  for (const auto& a : past) {
    std::string verdict = "never judged";
    if (a.last) {
      verdict = style.paint(fmt::format("{:<3}", judge::to_string(a.last->verdict)),
                            a.last->verdict == judge::Verdict::AC ? "32" : "31") +
                fmt::format(" {:>7}", fmt::format("{}/{}", a.last->passed, a.last->total));
      if (a.last->seconds) verdict += "  " + practice::format_duration(*a.last->seconds);
    }
    fmt::print("{:<19}  {}  {}\n", a.saved, verdict, attempt::display_path(a.file));
  }
  return kOk;
}

}  // namespace

Verb history_verb() {
  auto o = std::make_shared<HistoryOptions>();
  Verb v("history", "A problem's earlier attempts, kept by `kata start`, with their verdicts");
  slug_argument(v, &o->slug);
  v.flag("--json", &o->json, "Print them as JSON");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_history(*o, ctx); };
  return v;
}

}  // namespace kata::cli
