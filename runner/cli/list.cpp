// kata list: the problems, by pattern.
#include <fmt/format.h>

#include <kata/judge/index.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

struct ListOptions {
  std::vector<std::string> patterns;
  bool json = false;
  bool markdown = false;
};

int run_list(const ListOptions& o, Context& ctx) {
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
    std::string_view colour = p.meta.difficulty == "Easy"     ? "32"
                              : p.meta.difficulty == "Medium" ? "33"
                                                              : "31";
    fmt::print("  {:>5}  {:<44} {}  {}\n", p.meta.id, p.meta.title,
               style.paint(fmt::format("{:<6}", p.meta.difficulty), colour),
               style.paint(p.meta.slug, "2"));
  }
  return kOk;
}

}  // namespace

Verb list_verb() {
  auto o = std::make_shared<ListOptions>();
  Verb v("list", "List the problems, by pattern");
  v.option("--pattern", &o->patterns, "Only this pattern (repeatable)");
  v.flag("--json", &o->json, "JSON: {\"problems\": [{id, slug, title, pattern, difficulty}]}");
  v.flag("--markdown", &o->markdown,
         "The pattern index tables (Problem | Difficulty | Time | Space) for patterns/README.md");
  v.run = [o](Context& ctx) { return run_list(*o, ctx); };
  return v;
}

}  // namespace kata::cli
