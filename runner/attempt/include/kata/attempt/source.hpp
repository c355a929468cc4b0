// What kata reads of an attempt's source without compiling it, to say what is wrong
// in the attempt's terms rather than in the generated unit's (build.cpp):
//   - a file with no code at all (empty, or only comments and blank lines) would fail
//     inside the generated unit, far from the attempt; it is said to be empty instead;
//   - a file with its own main() conflicts with the runner's; the compiler's error is
//     in the generated unit, so the attempt's main is found here, by structure.
// A small lexer, not a parser: comments, string and character literals (raw strings
// and digit separators included) are skipped, braces counted, so a `main(` in a
// comment, a string or a class body is not taken for the program's main.
#pragma once

#include <string_view>
#include <vector>

namespace kata::attempt {

struct SourceFacts {
  // A token outside comments: a preprocessor line counts, blank lines and comments do not.
  bool has_code = false;
  // 1-based lines where `main(` is declared or defined at namespace scope (brace
  // depth 0, not qualified as in `Solution::main(`): what conflicts with the runner's.
  std::vector<int> main_lines;
};

SourceFacts scan_source(std::string_view text);

}  // namespace kata::attempt
