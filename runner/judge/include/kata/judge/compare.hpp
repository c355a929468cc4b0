// Comparing an answer with the expected one, the way the problem allows.
//
//   exact           equal JSON, element by element
//   float           numbers within a tolerance (absolute, or relative to the expected
//                   value), anywhere inside nested arrays; everything else exact
//   any_order       the outer list in any order (Permutations, N-Queens)
//   any_order_deep  the outer and each inner list in any order (Subsets, 3Sum)
//   checker         a per-problem function decides (any topological order)
//
// Orders are compared as multisets: under any_order, [[1,2],[1,2]] is not
// [[1,2],[2,1]], and a duplicated row never hides a missing one.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <kata/judge/json.hpp>

namespace kata::judge {

struct Comparator {
  enum class Kind { exact, float_tolerance, any_order, any_order_deep, checker };
  Kind kind = Kind::exact;
  double tolerance = 1e-5;
  bool relative = false;  // float: |got - want| <= tolerance * max(1, |want|)
};

std::string to_string(Comparator::Kind kind);
std::optional<Comparator::Kind> comparator_kind(const std::string& name);

// Why two values differ, for a readable wrong-answer report.
struct Difference {
  std::string path;  // "[3][1]", or "" for the whole value
  std::string what;  // "expected 5, got 4", "expected 3 items, got 2", ...
};

// nullopt when `got` is acceptable.
std::optional<Difference> compare(const Json& expected, const Json& got, const Comparator& how);

// A problem's own verdict on an answer, for problems with many right answers.
// Returns an empty string when `got` is right, otherwise why it is not.
using Checker =
    std::function<std::string(const Json& input, const Json& expected, const Json& got)>;

}  // namespace kata::judge
