// kata: daily algorithm practice. This file only wires the verbs together.
#include <cstdio>
#include <cstdlib>

#include <kata/judge/judge.hpp>  // threads_abandoned

#include "command_line.hpp"
#include "memory.hpp"
#include "verbs.hpp"

namespace {

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
  const std::vector<Verb> verbs = all_verbs();
  Parsed parsed = parse_command_line(verbs, argc, argv);
  if (!parsed.verb) finish(parsed.exit_code);
  tune_memory(parsed.verb->name, argv);
  Context ctx(parsed.color);
  finish(parsed.verb->run(ctx));
}
