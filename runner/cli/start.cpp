// kata start: write the attempt's stub and note the start in the practice log.
#include <fstream>

#include <fmt/core.h>

#include <kata/judge/attempt.hpp>
#include <kata/judge/stub.hpp>
#include <kata/practice/log.hpp>

#include "verbs.hpp"

namespace kata::cli {
namespace {

namespace fs = std::filesystem;

struct StartOptions {
  std::string slug;
  bool force = false;
  std::string log;
};

int run_start(const StartOptions& o, Context& ctx) {
  const auto* p = ctx.problem_or_suggest(o.slug);
  if (!p) return kUsage;
  fs::path home = judge::default_home();
  fs::path dir = home / "practice";
  fs::path file = dir / (p->meta.slug + ".cpp");
  std::error_code ec;
  if (fs::exists(file, ec) && !o.force) {
    fmt::print(stderr, "kata: {} already holds an attempt; `--force` overwrites it\n",
               judge::display_path(file));
    return kUsage;
  }
  fs::create_directories(dir, ec);
  {
    std::ofstream out(file, std::ios::trunc);
    out << judge::attempt_stub(p->meta);
    if (!out) {
      fmt::print(stderr, "kata: cannot write {}\n", file.string());
      return kUsage;
    }
  }
  try {
    judge::write_compile_commands(dir, judge::Toolchain::configured());
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: no compile_commands.json for editors: {}\n", e.what());
  }
  practice::Record r;
  r.event = "start";
  r.time = practice::now_local_iso();
  r.problem = p->meta.slug;
  r.pattern = p->meta.pattern;
  r.difficulty = p->meta.difficulty;
  fs::path log = o.log.empty() ? practice::default_log_path(home) : fs::path(o.log);
  try {
    practice::append(log, r);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the start was not logged: {}\n", e.what());
  }
  fmt::print("{}\n", judge::display_path(file));
  fmt::print(stderr, "Write your solution there, then `kata test {}` (and `kata stress {}`).\n",
             p->meta.slug, p->meta.slug);
  return kOk;
}

}  // namespace

void setup_start(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<StartOptions>();
  auto* sub = app.add_subcommand("start", "Write practice/SLUG.cpp, a stub to solve the problem in");
  sub->add_option("slug", o->slug, "The problem's slug or LeetCode number")->required();
  sub->add_flag("--force", o->force, "Overwrite an existing attempt");
  sub->add_option("--log", o->log, "The practice log (default: $KATA_LOG or notes/practice-log.jsonl)");
  sub->callback([o, &ctx] { ctx.exit_code = run_start(*o, ctx); });
}

}  // namespace kata::cli
