// kata show: a problem's statement and metadata.
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include <kata/practice/aids.hpp>
#include <kata/practice/log.hpp>
#include <kata/practice/notes.hpp>
#include <kata/practice/settings.hpp>
#include <kata/judge/index.hpp>
#include <kata/judge/text.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct ShowOptions {
  std::string slug;
  bool json = false;
};

int run_show(const ShowOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  const auto& m = p->meta;
  const bool design = m.has_class();  // a class with its methods (design, concurrency)
  const auto note = practice::note_path(judge::default_home(), m.slug);  // kata note
  std::error_code note_ec;
  const bool has_note = std::filesystem::exists(note, note_ec);
  if (o.json) {
    const auto j = judge::problem_json(*p, has_note ? std::optional(note.string()) : std::nullopt);
    fmt::print("{}\n", judge::json_to_text(j, 2));
    return kOk;
  }
  std::ifstream in(p->statement_file());
  std::stringstream statement;
  statement << in.rdbuf();
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
