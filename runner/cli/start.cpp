// kata start: write the attempt's stub and note the start in the practice log.
#include <fstream>

#include <fmt/core.h>

#include <kata/attempt/attempt.hpp>
#include <kata/attempt/stub.hpp>
#include <kata/practice/log.hpp>

#include "practice_io.hpp"
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
  fs::path dir = judge::practice_dir();
  fs::path file = judge::attempt_path(p->meta.slug);
  std::error_code ec;
  if (fs::exists(file, ec) && !o.force) {
    fmt::print(stderr, "kata: {} already holds an attempt; `--force` overwrites it\n",
               attempt::display_path(file));
    return kUsage;
  }
  fs::create_directories(dir, ec);
  {
    std::ofstream out(file, std::ios::trunc);
    out << attempt::attempt_stub(p->meta);
    if (!out) {
      fmt::print(stderr, "kata: cannot write {}\n", file.string());
      return kUsage;
    }
  }
  try {
    attempt::write_compile_commands(dir, attempt::Toolchain::configured(), &ctx.catalog());
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: no compile_commands.json for editors: {}\n", e.what());
  }
  try {
    practice::record_start(log_path(o.log), p->meta);
  } catch (const std::exception& e) {
    fmt::print(stderr, "kata: warning: the start was not logged: {}\n", e.what());
  }
  fmt::print("{}\n", attempt::display_path(file));
  fmt::print(stderr, "Write your solution there, then `kata test {}` (and `kata stress {}`).\n",
             p->meta.slug, p->meta.slug);
  return kOk;
}

}  // namespace

Verb start_verb() {
  auto o = std::make_shared<StartOptions>();
  Verb v("start", "Write practice/SLUG.cpp, a stub to solve the problem in");
  slug_argument(v, &o->slug);
  v.flag("--force", &o->force, "Overwrite an existing attempt");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_start(*o, ctx); };
  return v;
}

}  // namespace kata::cli
