// The file an attempt's runner reads its cases from (attempt_child.cpp has the
// protocol), shared by running the cases and the sanitizer's rerun of one.
// Internal to the attempt library.
#pragma once

#include <filesystem>
#include <system_error>
#include <vector>

#include <kata/judge/json.hpp>

namespace kata::attempt {

// The judge's vocabulary, named here without its namespace.
using judge::Json;

// Line 1 {"report": [argument indices]}, then one case input a line.
void write_cases(const std::filesystem::path& file, const std::vector<int>& report,
                 const std::vector<const Json*>& inputs);

// A file removed when this goes out of scope.
struct TempFile {
  std::filesystem::path path;
  ~TempFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace kata::attempt
