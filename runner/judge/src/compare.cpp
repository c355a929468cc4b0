// Comparators: exact, float tolerance, any order (outer, or outer and inner).
#include "kata/judge/compare.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace kata::judge {
namespace {

std::string show(const Json& v) {
  return dump_short(v, 80);
}

std::optional<Difference> compare_exact(const Json& want, const Json& got, const std::string& path,
                                        const Comparator* floats) {
  if (floats && want.is_number() && got.is_number()) {
    double w = want.get<double>(), g = got.get<double>();
    double bound = floats->tolerance * (floats->relative ? std::max(1.0, std::fabs(w)) : 1.0);
    if (std::fabs(w - g) <= bound || (std::isnan(w) && std::isnan(g))) return std::nullopt;
    return Difference{path, "expected " + show(want) + ", got " + show(got) + " (tolerance " +
                                json_to_text(Json(floats->tolerance)) + ")"};
  }
  if (want.is_array() && got.is_array()) {
    std::size_t n = std::min(want.size(), got.size());
    for (std::size_t i = 0; i < n; ++i)
      if (auto d = compare_exact(want[i], got[i], path + "[" + std::to_string(i) + "]", floats))
        return d;
    if (want.size() != got.size())
      return Difference{path, "expected " + std::to_string(want.size()) + " items, got " +
                                  std::to_string(got.size()) +
                                  (want.size() > got.size() ? "; first missing: " + show(want[n])
                                                            : "; first extra: " + show(got[n]))};
    return std::nullopt;
  }
  // Integers compare with floats of equal value only under the float comparator.
  if (want == got && want.type() == got.type()) return std::nullopt;
  if (want.is_number_integer() && got.is_number_integer() && want == got) return std::nullopt;
  return Difference{path, "expected " + show(want) + ", got " + show(got)};
}

std::vector<Json> sorted_items(const Json& list, bool sort_inner) {
  std::vector<Json> items(list.begin(), list.end());
  if (sort_inner)
    for (auto& item : items)
      if (item.is_array()) std::sort(item.begin(), item.end());
  std::sort(items.begin(), items.end());
  return items;
}

std::optional<Difference> compare_any_order(const Json& want, const Json& got, bool deep) {
  if (!want.is_array() || !got.is_array()) return compare_exact(want, got, "", nullptr);
  auto w = sorted_items(want, deep);
  auto g = sorted_items(got, deep);
  // Walk both sorted multisets together, counting what is missing and what is extra.
  std::size_t i = 0, j = 0, missing = 0, extra = 0;
  const Json* first_missing = nullptr;
  const Json* first_extra = nullptr;
  while (i < w.size() || j < g.size()) {
    if (i < w.size() && j < g.size() && w[i] == g[j]) {
      ++i, ++j;
    } else if (j == g.size() || (i < w.size() && w[i] < g[j])) {
      if (!missing++) first_missing = &w[i];
      ++i;
    } else {
      if (!extra++) first_extra = &g[j];
      ++j;
    }
  }
  if (!missing && !extra) return std::nullopt;
  std::string what;
  if (missing)
    what = "missing " + show(*first_missing) +
           (missing > 1 ? " and " + std::to_string(missing - 1) + " more" : "");
  if (extra)
    what += (what.empty() ? "" : "; ") + std::string("unexpected ") + show(*first_extra) +
            (extra > 1 ? " and " + std::to_string(extra - 1) + " more" : "");
  return Difference{"", what + " (expected " + std::to_string(w.size()) + " items, got " +
                            std::to_string(g.size()) + ")"};
}

}  // namespace

std::string to_string(Comparator::Kind kind) {
  switch (kind) {
    case Comparator::Kind::exact:
      return "exact";
    case Comparator::Kind::float_tolerance:
      return "float";
    case Comparator::Kind::any_order:
      return "any_order";
    case Comparator::Kind::any_order_deep:
      return "any_order_deep";
    case Comparator::Kind::checker:
      return "checker";
  }
  return "?";
}

std::optional<Comparator::Kind> comparator_kind(const std::string& name) {
  for (auto k :
       {Comparator::Kind::exact, Comparator::Kind::float_tolerance, Comparator::Kind::any_order,
        Comparator::Kind::any_order_deep, Comparator::Kind::checker})
    if (to_string(k) == name) return k;
  return std::nullopt;
}

std::optional<Difference> compare(const Json& expected, const Json& got, const Comparator& how) {
  switch (how.kind) {
    case Comparator::Kind::float_tolerance:
      return compare_exact(expected, got, "", &how);
    case Comparator::Kind::any_order:
      return compare_any_order(expected, got, false);
    case Comparator::Kind::any_order_deep:
      return compare_any_order(expected, got, true);
    default:
      return compare_exact(expected, got, "", nullptr);
  }
}

}  // namespace kata::judge
