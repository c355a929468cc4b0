// kata: daily algorithm practice. This file only wires the verbs together.
#include <cstdio>
#include <cstdlib>

#include <fmt/core.h>

#include <kata/judge/judge.hpp>

#include "memory.hpp"
#include "verbs.hpp"

namespace {

void print_verbs(const CLI::App& app) {
  fmt::print("kata: daily algorithm practice, pattern by pattern.\n\nUsage: kata <verb> [options]\n\n");
  for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    fmt::print("  {:<10} {}\n", sub->get_name(), sub->get_description());
  fmt::print("\n`kata <verb> --help` tells more about each.\n");
}

// Ends the process. When a stuck solution's thread was left behind, globals must
// not be destroyed under it, so the process ends without running destructors.
[[noreturn]] void finish(int code) {
  std::fflush(stdout);
  std::fflush(stderr);
  if (kata::judge::threads_abandoned()) std::_Exit(code);
  std::exit(code);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kata::cli;
  tune_memory(argc, argv);
  CLI::App app{"kata: daily algorithm practice, pattern by pattern", "kata"};
  app.set_help_all_flag("--help-all", "Every verb's options");
  Context ctx;
  setup_daily(app, ctx);
  setup_list(app, ctx);
  setup_show(app, ctx);
  setup_start(app, ctx);
  setup_test(app, ctx);
  setup_stress(app, ctx);
  setup_run(app, ctx);
  setup_selftest(app, ctx);
  setup_log(app, ctx);
  setup_stats(app, ctx);
  setup_calendar(app, ctx);
  setup_report(app, ctx);
  setup_note(app, ctx);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    finish(app.exit(e));
  } catch (const CLI::CallForAllHelp& e) {
    finish(app.exit(e));
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    finish(kUsage);
  }
  if (app.get_subcommands().empty()) print_verbs(app);
  finish(ctx.exit_code);
}
