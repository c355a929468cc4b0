// kata list: the problems, by pattern.
#include <fmt/format.h>

#include <kata/judge/index.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct ListOptions {
  std::vector<std::string> patterns;
  std::string list;  // one study list, in its order
  bool json = false;
  bool markdown = false;
};

std::string_view difficulty_colour(const std::string& d) {
  return d == "Easy" ? "32" : d == "Medium" ? "33" : "31";
}

// One study list in its own order: what kata has, and what it does not have yet.
int run_one_list(const ListOptions& o, Context& ctx) {
  const auto& catalog = ctx.catalog();
  const judge::ProblemList* list = ctx.list_or_explain(o.list);
  if (!list) return kUsage;
  auto entries = list->entries();
  std::size_t have = 0;
  for (const auto& e : entries) have += catalog.find_id(e.id) != nullptr;
  if (o.json) {
    judge::Json problems = judge::Json::array();
    for (const auto& s : list->sections)
      for (const auto& e : s.problems) {
        const judge::Problem* p = catalog.find_id(e.id);
        problems.push_back({{"id", e.id},
                            {"title", e.title},
                            {"section", s.title},
                            {"slug", p ? judge::Json(p->meta.slug) : judge::Json()},
                            {"pattern", p ? judge::Json(p->meta.pattern) : judge::Json()}});
      }
    fmt::print("{}\n", judge::json_to_text(judge::Json{{"list", list->name},
                                                      {"title", list->title},
                                                      {"in_kata", have},
                                                      {"total", entries.size()},
                                                      {"problems", problems}},
                                          2));
    return kOk;
  }
  auto style = ctx.style_out();
  fmt::print("{}  {} of {} in kata\n", style.paint(list->title, "1"), have, entries.size());
  if (!list->url.empty()) fmt::print("{}\n", style.paint(list->url, "2"));
  for (const auto& s : list->sections) {
    fmt::print("\n{}\n", style.paint(s.title, "1"));
    for (const auto& e : s.problems) {
      const judge::Problem* p = catalog.find_id(e.id);
      if (p)
        fmt::print("  {:>5}  {:<44} {}  {}\n", e.id, p->meta.title,
                   style.paint(fmt::format("{:<6}", p->meta.difficulty),
                               difficulty_colour(p->meta.difficulty)),
                   style.paint(p->meta.slug, "2"));
      else
        fmt::print("  {:>5}  {:<44} {}\n", e.id, e.title, style.paint("not in kata yet", "2"));
    }
  }
  return kOk;
}

int run_list(const ListOptions& o, Context& ctx) {
  if (!o.list.empty()) return run_one_list(o, ctx);
  const auto& catalog = ctx.catalog();
  ctx.report_catalog_errors();
  for (const auto& p : o.patterns) {
    auto all = catalog.patterns();
    if (std::find(all.begin(), all.end(), p) == all.end()) {
      fmt::print(stderr, "kata: no pattern \"{}\"; the patterns are: {}\n", p,
                 fmt::join(all, ", "));
      return kUsage;
    }
  }
  auto selected = [&](const judge::Problem& p) {
    return o.patterns.empty() ||
           std::find(o.patterns.begin(), o.patterns.end(), p.meta.pattern) != o.patterns.end();
  };
  if (o.markdown) {
    fmt::print("{}", judge::pattern_index_markdown(catalog));
    return kOk;
  }
  if (o.json) {
    judge::Json list = judge::Json::array();
    for (const auto& p : catalog.problems)
      if (selected(p))
        list.push_back({{"id", p.meta.id},
                        {"slug", p.meta.slug},
                        {"title", p.meta.title},
                        {"pattern", p.meta.pattern},
                        {"difficulty", p.meta.difficulty}});
    fmt::print("{}\n", judge::json_to_text(judge::Json{{"problems", list}}, 2));
    return kOk;
  }
  auto style = ctx.style_out();
  std::string pattern;
  for (const auto& p : catalog.problems) {
    if (!selected(p)) continue;
    if (p.meta.pattern != pattern) {
      fmt::print("{}{}\n", pattern.empty() ? "" : "\n", style.paint(p.meta.pattern, "1"));
      pattern = p.meta.pattern;
    }
    fmt::print("  {:>5}  {:<44} {}  {}\n", p.meta.id, p.meta.title,
               style.paint(fmt::format("{:<6}", p.meta.difficulty),
                           difficulty_colour(p.meta.difficulty)),
               style.paint(p.meta.slug, "2"));
  }
  if (o.patterns.empty() && !catalog.lists.empty()) {
    fmt::print("\n{}\n", style.paint("lists", "1"));
    for (const auto& l : catalog.lists) {
      auto entries = l.entries();
      std::size_t have = 0;
      for (const auto& e : entries) have += catalog.find_id(e.id) != nullptr;
      fmt::print("  {:<10} {:>3} of {:<3} in kata  {}  (kata list --list {})\n", l.name, have,
                 entries.size(), l.title, l.name);
    }
  }
  return kOk;
}

}  // namespace

Verb list_verb() {
  auto o = std::make_shared<ListOptions>();
  Verb v("list", "List the problems, by pattern");
  v.option("--pattern", &o->patterns, "Only this pattern (repeatable)");
  v.option("--list", &o->list, "One study list in its own order (patterns/lists/NAME.json)")
      .not_with("--pattern");
  v.flag("--json", &o->json, "JSON: {\"problems\": [{id, slug, title, pattern, difficulty}]}");
  v.flag("--markdown", &o->markdown,
         "The pattern index tables (Problem | Difficulty | Time | Space) for patterns/README.md");
  v.run = [o](Context& ctx) { return run_list(*o, ctx); };
  return v;
}

}  // namespace kata::cli
