// kata drill: name the pattern from the statement alone (kata/practice/aids.hpp).
#include <unistd.h>  // isatty

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include <kata/judge/text.hpp>
#include <kata/practice/aids.hpp>
#include <kata/practice/log.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct DrillOptions {
  int count = 5;
  std::uint64_t seed = 0;  // 0: the day's own (the same drill all day)
  std::string log;
};

// The statement after its title and link lines, blind (aids.hpp).
std::string question_text(const judge::Problem& p) {
  return judge::fit_markdown(practice::statement_body(
      practice::blind_statement(practice::file_text(p.statement_file()), p.meta.pattern)));
}

int run_drill(const DrillOptions& o, Context& ctx) {
  const auto& catalog = ctx.catalog();
  const auto log = log_path(o.log);
  auto read = read_log_reporting(log, catalog);
  if (!read) return kUsage;
  const auto today = practice::today_local();
  std::set<std::string> names;
  for (const auto& p : catalog.problems) names.insert(p.meta.pattern);
  const std::vector<std::string> patterns(names.begin(), names.end());
  const std::uint64_t seed =
      o.seed ? o.seed : static_cast<std::uint64_t>(today.time_since_epoch().count());
  const auto questions = practice::drill_problems(catalog, read->records, today, o.count, seed);
  if (questions.empty()) {
    fmt::print(stderr, "kata: the catalog is empty: nothing to drill\n");
    return kFailed;
  }
  auto style = ctx.style_out();
  fmt::print("{}\n", style.paint("Name the pattern of each problem, by its name or number:", "1"));
  for (std::size_t i = 0; i < patterns.size(); ++i)
    fmt::print("{:>3}. {:<21}{}", i + 1, patterns[i],
               (i % 3 == 2 || i + 1 == patterns.size()) ? "\n" : "");
  int asked = 0, right = 0;
  for (const auto* p : questions) {
    fmt::print("\n{}\n\n{}\n",
               style.paint(fmt::format("Question {} of {} ({})", asked + 1, questions.size(),
                                       p->meta.difficulty),
                           "1"),
               question_text(*p));
    std::optional<std::string> named;
    std::string answer;
    while (!named) {
      fmt::print("Which pattern? (empty to stop) ");
      std::fflush(stdout);
      if (!std::getline(std::cin, answer) || answer.empty()) break;
      if (!::isatty(0)) fmt::print("{}\n", answer);  // as a terminal would have echoed it
      named = practice::named_pattern(answer, patterns);
      if (!named)
        fmt::print("\"{}\" is not a pattern's name or number (the list is above).\n", answer);
    }
    if (!named) {
      fmt::print("\n");
      break;
    }
    ++asked;
    const bool ok = *named == p->meta.pattern;
    right += ok ? 1 : 0;
    const auto invariant = judge::read_complexity(p->solution_file()).invariant;
    fmt::print("{} It was {}. {} ({}).\n",
               ok ? style.paint("Right.", "32") : style.paint("No.", "31"), p->meta.id,
               p->meta.title, style.paint(p->meta.pattern, "36"));
    if (!invariant.empty()) fmt::print("{}", judge::wrap("Why it works: " + invariant));
    try {
      practice::record_drill(log, p->meta, *named, ok);
    } catch (const std::exception& e) {
      fmt::print(stderr, "kata: warning: the answer was not logged: {}\n", e.what());
    }
  }
  if (asked)
    fmt::print("\nNamed {} of {} right. `kata stats` keeps the count per pattern.\n", right, asked);
  return kOk;
}

}  // namespace

Verb drill_verb() {
  auto o = std::make_shared<DrillOptions>();
  Verb v("drill", "Name the pattern of a few problems from their statements alone");
  v.option("count", &o->count, "How many problems (default 5), each of another pattern")
      .between(1, 50);
  v.option("--seed", &o->seed, "Draw with this seed (default: today's, the same drill all day)");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_drill(*o, ctx); };
  return v;
}

}  // namespace kata::cli
