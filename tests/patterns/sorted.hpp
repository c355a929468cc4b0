// A sorted copy, for the pattern tests that compare results whose order the
// pattern leaves open.
#pragma once

#include <algorithm>
#include <vector>

namespace kata::patterns::test {

inline std::vector<int> sorted(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  return v;
}

}  // namespace kata::patterns::test
