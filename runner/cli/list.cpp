// kata list: the problems, by pattern.
#include <fmt/format.h>

#include <kata/judge/index.hpp>
#include <kata/practice/stats.hpp>
#include <kata/judge/text.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct ListOptions {
  std::vector<std::string> patterns;
  std::string list;  // one study list, in its order
  std::string log;
  bool json = false;
  bool markdown = false;
};

std::string_view difficulty_colour(const std::string& d) {
  return d == "Easy" ? "32" : d == "Medium" ? "33" : "31";
}

using ProgressMap = std::map<std::string, practice::Progress>;

// Where the practiser stands on each problem today, from the log (empty when the
// log cannot be read: that is said on stderr, and the list is still shown).
ProgressMap read_progress(const ListOptions& o, Context& ctx) {
  auto read = read_log_reporting(log_path(o.log), ctx.catalog());
  if (!read) return {};
  return practice::progress_by_problem(read->records, ctx.catalog(), practice::today_local());
}

// A row fits 80 columns: a title or slug longer than its column is cut with an
// ellipsis (the number works wherever the slug does), so the columns stay in line.
constexpr std::size_t kTitleWidth = 30;
constexpr std::size_t kSlugWidth = 24;
std::string fit_title(const std::string& title) {
  std::string cut = judge::clip(title, kTitleWidth);
  return cut + std::string(kTitleWidth - judge::display_width(cut), ' ');
}

// "  ✓    35  Search Insert Position          Easy    search-insert-position  due"
void print_row(const judge::Problem& p, const practice::Progress& progress, const judge::Style& style) {
  std::string mark = progress.solved ? style.paint("\u2713", "32")
                     : progress.tried ? style.paint("\u00b7", "33")
                                      : " ";
  std::string line = fmt::format("  {} {:>5}  {} {}  {}", mark, p.meta.id, fit_title(p.meta.title),
                                 style.paint(fmt::format("{:<6}", p.meta.difficulty),
                                             difficulty_colour(p.meta.difficulty)),
                                 style.paint(judge::clip(p.meta.slug, kSlugWidth), "2"));
  if (progress.due) line += "  " + style.paint("due", "1;33");
  fmt::print("{}\n", line);
}

void print_legend(const judge::Style& style) {
  fmt::print("\n{} solved   {} tried, not solved yet   {} a review is due today ({})\n",
             style.paint("\u2713", "32"), style.paint("\u00b7", "33"), style.paint("due", "1;33"),
             "kata daily");
}

// One study list in its own order: what kata has, and what it does not have yet.
int run_one_list(const ListOptions& o, Context& ctx) {
  const auto& catalog = ctx.catalog();
  const judge::ProblemList* list = ctx.list_or_explain(o.list);
  if (!list) return kUsage;
  auto entries = list->entries();
  std::size_t have = 0;
  for (const auto& e : entries) have += catalog.find_id(e.id) != nullptr;
  const ProgressMap progress = read_progress(o, ctx);
  if (o.json) {
    fmt::print("{}\n", judge::json_to_text(practice::study_list_json(*list, catalog, progress), 2));
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
        print_row(*p, practice::progress_of(progress, p->meta.slug), style);
      else
        fmt::print("    {:>5}  {} {}\n", e.id, fit_title(e.title), style.paint("not in kata yet", "2"));
    }
  }
  print_legend(style);
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
  const ProgressMap progress = read_progress(o, ctx);
  if (o.json) {
    fmt::print("{}\n",
               judge::json_to_text(practice::problems_json(catalog, progress, o.patterns), 2));
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
    print_row(p, practice::progress_of(progress, p.meta.slug), style);
  }
  if (o.patterns.empty() && !catalog.lists.empty()) {
    fmt::print("\n{}\n", style.paint("lists", "1"));
    for (const auto& l : catalog.lists) {
      auto entries = l.entries();
      std::size_t have = 0;
      for (const auto& e : entries) have += catalog.find_id(e.id) != nullptr;
      fmt::print("  {:<10} {:>3} of {:<3} in kata  {}\n", l.name, have, entries.size(),
                 judge::clip(l.title, 46));
    }
    fmt::print("  {}\n", style.paint("(kata list --list NAME shows one in its order)", "2"));
  }
  print_legend(style);
  return kOk;
}

}  // namespace

Verb list_verb() {
  auto o = std::make_shared<ListOptions>();
  Verb v("list", "List the problems, by pattern");
  v.option("--pattern", &o->patterns, "Only this pattern (repeatable)");
  v.option("--list", &o->list, "One study list in its own order (patterns/lists/NAME.json)")
      .not_with("--pattern");
  log_option(v, &o->log);
  v.flag("--json", &o->json,
         "JSON: {\"problems\": [{id, slug, title, pattern, difficulty, status, due}]}; status is "
         "new, started, tried or solved");
  v.flag("--markdown", &o->markdown,
         "The pattern index tables (Problem | Difficulty | Time | Space) for patterns/README.md");
  v.run = [o](Context& ctx) { return run_list(*o, ctx); };
  return v;
}

}  // namespace kata::cli
