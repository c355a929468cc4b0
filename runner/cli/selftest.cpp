// kata selftest: handled by the ./kata launcher (configure, build, ctest); the
// binary only explains that.
#include <fmt/core.h>

#include "verbs.hpp"

namespace kata::cli {

void setup_selftest(CLI::App& app, Context& ctx) {
  auto* sub = app.add_subcommand(
      "selftest", "Configure, build every target and run all tests (through ./kata)");
  sub->callback([&ctx] {
    fmt::print(stderr, "kata: run `./kata selftest` from the repository: the launcher builds "
                       "every target and runs ctest\n");
    ctx.exit_code = kUsage;
  });
}

}  // namespace kata::cli
