// kata selftest: handled by the ./kata launcher (configure, build, ctest); the
// binary only explains that.
#include <fmt/core.h>

#include "verbs.hpp"

namespace kata::cli {

Verb selftest_verb() {
  Verb v("selftest", "Configure, build every target and run all tests (through ./kata)");
  v.run = [](Context&) {
    fmt::print(stderr,
               "kata: run `./kata selftest` from the repository: the launcher builds "
               "every target and runs ctest\n");
    return kUsage;
  };
  return v;
}

}  // namespace kata::cli
