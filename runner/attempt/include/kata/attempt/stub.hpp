// The files kata writes for a practiser: an attempt's starting stub and the
// compile_commands.json that lets clangd resolve the prelude in attempt files.
#pragma once

#include <filesystem>
#include <string>

#include <kata/attempt/attempt.hpp>
#include <kata/judge/catalog.hpp>
#include <kata/judge/problem.hpp>

namespace kata::attempt {

// The judge's vocabulary, named here without its namespace.
using judge::ProblemMeta;

// A LeetCode-style starting file: `// Time:` / `// Space:` to fill in, the problem's
// own types commented out as LeetCode shows them (definitions.hpp), then the class
// with the exact signature(s) from problem.json and bodies that compile
// (`return {};`), so the first `kata test` already runs.
std::string attempt_stub(const ProblemMeta& meta);

// Writes <dir>/compile_commands.json with one entry per <dir>/*.cpp: the attempt
// flags, the prelude force-included (not the GCC PCH, which clang cannot read), and
// for SLUG.cpp the problem's definitions.hpp when the catalog has one.
void write_compile_commands(const std::filesystem::path& dir, const Toolchain& tc,
                            const judge::Catalog* catalog = nullptr);

}  // namespace kata::attempt
