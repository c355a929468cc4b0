// kata solution: the reference, its cost and invariant, after a confirmation.
#include <unistd.h>  // isatty

#include <iostream>

#include <fmt/core.h>

#include <kata/attempt/attempt.hpp>
#include <kata/practice/aids.hpp>
#include <kata/practice/log.hpp>
#include <kata/judge/text.hpp>

#include "practice_io.hpp"
#include "verbs.hpp"

namespace kata::cli {
namespace {

struct SolutionOptions {
  std::string slug;
  bool yes = false;
  std::string log;
};

int run_solution(const SolutionOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  if (running_interview(log_path(o.log), ctx.catalog())) {
    fmt::print(stderr, "kata: Solutions are off during a mock interview (`kata interview status`)\n");
    return kUsage;
  }
  const std::string cost =
      "Reading it counts as a reveal: today's session rates \"again\" and the problem comes "
      "back tomorrow.";
  if (!o.yes) {
    if (!::isatty(0)) {
      fmt::print(stderr, "kata: {} Add --yes to read it.\n", cost);
      return kUsage;
    }
    fmt::print(stderr, "Show the reference for {}? {} [y/N] ", p->meta.title, cost);
    std::string answer;
    std::getline(std::cin, answer);
    if (answer != "y" && answer != "Y" && answer != "yes") {
      fmt::print(stderr, "Not shown.\n");
      return kOk;
    }
  }
  const auto home = judge::default_home();
  const auto ref = practice::reference_of(*p, home);
  auto style = ctx.style_out();
  fmt::print("{}  {}\n", style.paint(fmt::format("{}. {}", p->meta.id, p->meta.title), "1"),
             style.paint(p->meta.pattern, "36"));
  if (!ref.cost.time.empty()) fmt::print("Time:  {}\nSpace: {}\n", ref.cost.time, ref.cost.space);
  if (!ref.cost.invariant.empty())
    fmt::print("{}", judge::wrap("Invariant: " + ref.cost.invariant));
  fmt::print("Pattern note: {}\n\n", attempt::display_path(ref.note));
  fmt::print("{}", ref.source);
  try {
    practice::record_reveal(log_path(o.log), p->meta);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the reveal was not logged: {}\n", e.what());
  }
  return kOk;
}

}  // namespace

Verb solution_verb() {
  auto o = std::make_shared<SolutionOptions>();
  Verb v("solution", "Show the reference solution (the problem then comes back tomorrow)");
  slug_argument(v, &o->slug);
  v.flag("--yes", &o->yes, "Do not ask for confirmation");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_solution(*o, ctx); };
  return v;
}

}  // namespace kata::cli
