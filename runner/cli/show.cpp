// kata show: a problem's statement and metadata.
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <kata/practice/aids.hpp>
#include <kata/practice/log.hpp>
#include <kata/practice/notes.hpp>
#include <kata/practice/settings.hpp>
#include <kata/judge/text.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct ShowOptions {
  std::string slug;
  bool json = false;
};

judge::Json params_json(const std::vector<judge::Param>& params) {
  judge::Json out = judge::Json::array();
  for (const auto& p : params) out.push_back({{"name", p.name}, {"type", p.type}});
  return out;
}

int run_show(const ShowOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  const auto& m = p->meta;
  std::ifstream in(p->statement_file());
  std::stringstream statement;
  statement << in.rdbuf();
  auto cost = judge::read_complexity(p->solution_file());
  const bool design = m.has_class();  // a class with its methods (design, concurrency)
  const auto note = practice::note_path(judge::default_home(), m.slug);  // kata note
  std::error_code note_ec;
  const bool has_note = std::filesystem::exists(note, note_ec);
  if (o.json) {
    judge::Json j = {{"id", m.id},
                     {"slug", m.slug},
                     {"title", m.title},
                     {"pattern", m.pattern},
                     {"difficulty", m.difficulty},
                     {"url", m.url},
                     {"url_cn", m.cn_url()},
                     {"kind", judge::to_string(m.kind)},
                     {"class", m.class_name},
                     {"comparator", judge::to_string(m.comparator.kind)},
                     {"time_limit_ms", m.time_limit_ms},
                     {"memory_limit_mb", m.memory_limit_mb},
                     {"complexity", {{"time", cost.time}, {"space", cost.space}}},
                     {"statement_file", p->statement_file().string()},
                     {"statement", statement.str()}};
    if (design) {
      j["params"] = params_json(m.constructor);
      judge::Json methods = judge::Json::array();
      for (const auto& mm : m.methods)
        methods.push_back({{"name", mm.name},
                           {"params", params_json(mm.params)},
                           {"returns", mm.returns},
                           {"signature", judge::signature_line(mm)}});
      j["methods"] = methods;
      // What a case's "input" lists: the values the harness's threads are given.
      if (m.kind == judge::ProblemMeta::Kind::concurrency) j["input"] = params_json(m.method.params);
    } else {
      j["method"] = m.method.name;
      j["params"] = params_json(m.method.params);
      j["returns"] = m.method.returns;
      j["signature"] = judge::signature_line(m.method);
      // The values each case's "input" lists, when a builder makes the arguments from them.
      if (!m.input.empty()) j["input"] = params_json(m.input);
    }
    j["note"] = has_note ? judge::Json(note.string()) : judge::Json();
    fmt::print("{}\n", judge::json_to_text(j, 2));
    return kOk;
  }
  auto style = ctx.style_out();
  // Blind practice (notes/kata.json "blind": true): the pattern, hints and folder
  // stay hidden until the day's AC or hint of this problem (aids.hpp).
  const auto home = judge::default_home();
  bool blind = practice::read_settings(practice::settings_path(home)).settings.blind &&
               practice::still_blind(practice::read_log(practice::default_log_path(home)).records,
                                     m.slug, practice::today_local());
  fmt::print("{}", problem_heading(m, blind, style));
  if (m.url.empty())
    fmt::print("{}\n", style.paint("kata's own problem (not on LeetCode)", "2"));
  else
    fmt::print("{}\n{}\n", style.paint(m.url, "2"), style.paint(m.cn_url(), "2"));
  std::vector<std::string> on;
  for (const auto* l : ctx.catalog().lists_of(*p)) on.push_back(l->title);
  if (!on.empty())
    fmt::print("{}", style.paint(judge::wrap("On: " + fmt::format("{}", fmt::join(on, "; "))), "2"));
  fmt::print("\n");
  fmt::print("{}\n", judge::fit_markdown(blind ? practice::blind_statement(statement.str(), m.pattern)
                                                : statement.str()));
  if (design) {
    fmt::print("class {} {{\n  {}({})\n", m.class_name, m.class_name, [&] {
      std::string s;
      for (const auto& p : m.constructor) s += (s.empty() ? "" : ", ") + p.type + " " + p.name;
      return s;
    }());
    for (const auto& mm : m.methods)
      fmt::print("{}", judge::break_at_commas("  " + judge::signature_line(mm)));
    fmt::print("}}\n");
    if (m.kind == judge::ProblemMeta::Kind::concurrency) {
      std::string given;
      for (const auto& in : m.method.params)
        given += (given.empty() ? "" : ", ") + in.type + " " + in.name;
      fmt::print("{}", judge::wrap("a case gives: " + given +
                                       "  (harness.cpp starts the threads that call the class)",
                                   80, "  "));
    }
  } else {
    fmt::print("{}", style.paint(judge::break_at_commas(judge::signature_line(m.method)), "1"));
    if (!m.input.empty()) {
      std::string given;
      for (const auto& in : m.input) given += (given.empty() ? "" : ", ") + in.type + " " + in.name;
      fmt::print("{}", judge::wrap("a case gives: " + given + "  (builder.cpp makes the arguments)",
                                   80, "  "));
    }
  }
  if (blind)
    fmt::print("\n{}\n", style.paint("(blind: the pattern, hints and folder stay hidden until an "
                                     "AC or `kata hint " + m.slug + "`)",
                                     "2"));
  else
    fmt::print("\n{}", judge::wrap("files: " + p->dir.string(), 80, "  "));
  if (has_note) fmt::print("{}", judge::wrap("note:  " + note.string(), 80, "  "));
  return kOk;
}

}  // namespace

Verb show_verb() {
  auto o = std::make_shared<ShowOptions>();
  Verb v("show", "Print a problem's statement and signature");
  slug_argument(v, &o->slug);
  v.flag("--json", &o->json, "Metadata as JSON, with the method's parameters");
  v.run = [o](Context& ctx) { return run_show(*o, ctx); };
  return v;
}

}  // namespace kata::cli
