// kata start: write the attempt's stub and note the start in the practice log. An
// attempt already there is kept in practice/history/SLUG/ (kata/practice/aids.hpp):
// at once when a review is due (a review starts from a blank file), with --force
// otherwise.
#include <fstream>
#include <sstream>

#include <fmt/core.h>

#include <kata/attempt/attempt.hpp>
#include <kata/attempt/stub.hpp>
#include <kata/practice/aids.hpp>
#include <kata/practice/log.hpp>
#include <kata/practice/review.hpp>

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
  const std::string stub = attempt::attempt_stub(p->meta);
  const auto log = log_path(o.log);
  std::error_code ec;
  if (fs::exists(file, ec) &&
      practice::file_text(file) != stub) {  // work in it (an untouched stub is not)
    const practice::LogRead read = practice::read_log(log, &ctx.catalog());
    const auto today = practice::today_local();
    const auto reviews = practice::replay(read.records, today, &ctx.catalog());
    const auto* card = reviews.find(p->meta.slug);
    const bool due = card && card->due() <= today;
    if (!due && !o.force) {
      fmt::print(stderr,
                 "kata: {} already holds an attempt; `--force` keeps it in {} and writes a "
                 "fresh stub\n",
                 attempt::display_path(file),
                 attempt::display_path(practice::history_dir(dir, p->meta.slug)));
      return kUsage;
    }
    try {
      fs::path kept = practice::keep_in_history(file, practice::history_dir(dir, p->meta.slug),
                                                practice::file_stamp(practice::now_local_iso()));
      fmt::print(stderr, "{}Your earlier attempt is kept as {} (`kata history {}`).\n",
                 due ? "A review is due: it starts from a blank file. " : "",
                 attempt::display_path(kept), p->meta.slug);
    } catch (const std::exception& e) {
      fmt::print(stderr, "kata: {}\n", e.what());
      return kUsage;
    }
  }
  fs::create_directories(dir, ec);
  {
    std::ofstream out(file, std::ios::trunc);
    out << stub;
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
    practice::record_start(log, p->meta);
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
  v.flag("--force", &o->force,
         "Start afresh even when no review is due (the attempt there is kept in history)");
  log_option(v, &o->log);
  v.run = [o](Context& ctx) { return run_start(*o, ctx); };
  return v;
}

}  // namespace kata::cli
