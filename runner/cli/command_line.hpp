// Parsing kata's command line against the verbs (verb.hpp): the one place CLI11 is used.
#pragma once

#include <string>
#include <vector>

#include <kata/judge/report.hpp>

#include "verb.hpp"

namespace kata::cli {

struct Parsed {
  const Verb* verb = nullptr;  // the verb to run; null when nothing is left to do
  int exit_code = 0;  // when verb is null: 0 after --help or a bare `kata`, 2 on a usage error
  judge::ColorMode color = judge::ColorMode::automatic;  // --color, which every verb takes
};

// Parses argv into the verbs' targets. --help, a bare `kata` (which lists the
// verbs) and usage errors are printed here, to stdout and stderr as CLI11 does.
Parsed parse_command_line(const std::vector<Verb>& verbs, int argc, const char* const* argv);

}  // namespace kata::cli
