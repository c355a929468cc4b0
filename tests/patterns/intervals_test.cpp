#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

#include <kata/patterns/intervals.hpp>

#include "lcg.hpp"

using kata::patterns::Ends;
using kata::patterns::max_overlap;
using kata::patterns::merge_overlapping;
using kata::patterns::most_disjoint;
using kata::patterns::overlaps;

using kata::patterns::test::Lcg;

namespace {

using Span = std::pair<int, int>;
using Spans = std::vector<Span>;

// With integer ends, two intervals share a real point exactly when they share an
// integer point (the larger of the two starts), so points can be checked one by one.
bool contains(const Span& s, int x, Ends ends) {
  return s.first <= x && (ends == Ends::closed ? x <= s.second : x < s.second);
}

bool share_a_point(const Span& a, const Span& b, Ends ends) {
  for (int x = std::min(a.first, b.first); x <= std::max(a.second, b.second); ++x)
    if (contains(a, x, ends) && contains(b, x, ends)) return true;
  return false;
}

// The connected pieces of the "shares a point" graph, each as (smallest start,
// largest end), sorted: what merging must give, found without sorting or sweeping.
Spans merge_by_components(const Spans& v, Ends ends) {
  std::vector<std::size_t> piece(v.size());
  std::iota(piece.begin(), piece.end(), std::size_t{0});
  bool changed = true;
  while (changed) {  // spread the smallest label along every edge until nothing moves
    changed = false;
    for (std::size_t i = 0; i < v.size(); ++i)
      for (std::size_t j = 0; j < v.size(); ++j)
        if (piece[j] < piece[i] && share_a_point(v[i], v[j], ends)) {
          piece[i] = piece[j];
          changed = true;
        }
  }
  Spans out;
  for (std::size_t label = 0; label < v.size(); ++label) {
    bool any = false;
    Span hull;
    for (std::size_t i = 0; i < v.size(); ++i)
      if (piece[i] == label) {
        hull = any ? Span{std::min(hull.first, v[i].first), std::max(hull.second, v[i].second)} : v[i];
        any = true;
      }
    if (any) out.push_back(hull);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t max_overlap_by_points(const Spans& v, Ends ends) {
  std::size_t best = 0;
  for (int x = -1; x <= 20; ++x) {
    std::size_t here = 0;
    for (const auto& s : v) here += contains(s, x, ends);
    best = std::max(best, here);
  }
  return best;
}

std::size_t most_disjoint_by_subsets(const Spans& v, Ends ends) {
  std::size_t best = 0;
  for (unsigned mask = 0; mask < (1u << v.size()); ++mask) {
    bool ok = true;
    for (std::size_t i = 0; i < v.size() && ok; ++i)
      for (std::size_t j = i + 1; j < v.size() && ok; ++j)
        if ((mask >> i & 1u) && (mask >> j & 1u)) ok = !share_a_point(v[i], v[j], ends);
    if (ok) best = std::max(best, static_cast<std::size_t>(__builtin_popcount(mask)));
  }
  return best;
}

// Random intervals with ends in [0, 12]: closed ones may be single points, half-open
// ones are never empty.
Spans random_spans(Lcg& next, Ends ends, int most) {
  Spans v(static_cast<std::size_t>(next(0, most)));
  for (auto& s : v) {
    s.first = next(0, 11);
    s.second = s.first + next(ends == Ends::closed ? 0 : 1, 4);
  }
  return v;
}

}  // namespace

TEST_CASE("overlaps depends on whether the right end is in", "[intervals]") {
  CHECK(overlaps(Span{1, 3}, Span{2, 6}, Ends::closed));
  CHECK(overlaps(Span{1, 3}, Span{2, 6}, Ends::half_open));
  CHECK(overlaps(Span{1, 3}, Span{3, 5}, Ends::closed));  // they share the point 3
  CHECK_FALSE(overlaps(Span{1, 3}, Span{3, 5}, Ends::half_open));
  CHECK_FALSE(overlaps(Span{1, 2}, Span{3, 5}, Ends::closed));
  CHECK(overlaps(Span{1, 10}, Span{4, 5}, Ends::closed));  // one inside the other
  CHECK(overlaps(Span{4, 5}, Span{1, 10}, Ends::half_open));
  CHECK(overlaps(Span{4, 4}, Span{4, 4}, Ends::closed));  // the same single point
  CHECK(overlaps(Span{4, 4}, Span{0, 4}, Ends::closed));
  CHECK_FALSE(overlaps(Span{5, 5}, Span{0, 4}, Ends::closed));

  Lcg next{7};
  for (int round = 0; round < 500; ++round) {
    const Ends ends = round % 2 ? Ends::closed : Ends::half_open;
    Span a{next(0, 10), 0}, b{next(0, 10), 0};
    a.second = a.first + next(ends == Ends::closed ? 0 : 1, 5);
    b.second = b.first + next(ends == Ends::closed ? 0 : 1, 5);
    INFO("round " << round);
    CHECK(overlaps(a, b, ends) == share_a_point(a, b, ends));
    CHECK(overlaps(a, b, ends) == overlaps(b, a, ends));
  }
}

TEST_CASE("merge_overlapping joins what shares a point", "[intervals]") {
  CHECK(merge_overlapping(Spans{{1, 3}, {2, 6}, {8, 10}, {15, 18}}, Ends::closed) ==
        Spans{{1, 6}, {8, 10}, {15, 18}});
  CHECK(merge_overlapping(Spans{{1, 4}, {4, 5}}, Ends::closed) == Spans{{1, 5}});
  CHECK(merge_overlapping(Spans{{4, 7}, {1, 4}}, Ends::closed) == Spans{{1, 7}});  // unsorted input
  CHECK(merge_overlapping(Spans{{1, 4}, {4, 5}}, Ends::half_open) == Spans{{1, 4}, {4, 5}});

  SECTION("one interval swallows the next ones") {
    CHECK(merge_overlapping(Spans{{1, 10}, {2, 3}, {4, 5}, {11, 12}}, Ends::closed) == Spans{{1, 10}, {11, 12}});
    CHECK(merge_overlapping(Spans{{2, 3}, {1, 10}, {4, 5}}, Ends::half_open) == Spans{{1, 10}});
  }
  SECTION("points, repeats, nothing") {
    CHECK(merge_overlapping(Spans{{3, 3}, {3, 3}, {1, 3}}, Ends::closed) == Spans{{1, 3}});
    CHECK(merge_overlapping(Spans{{5, 5}, {4, 4}}, Ends::closed) == Spans{{4, 4}, {5, 5}});
    CHECK(merge_overlapping(Spans{{2, 6}, {2, 6}}, Ends::half_open) == Spans{{2, 6}});
    CHECK(merge_overlapping(Spans{}, Ends::closed) == Spans{});
  }
  SECTION("the ends of int") {
    CHECK(merge_overlapping(Spans{{INT_MIN, 0}, {0, INT_MAX}}, Ends::closed) == Spans{{INT_MIN, INT_MAX}});
  }
}

TEST_CASE("merge_overlapping agrees with the pieces of the overlap graph", "[intervals]") {
  Lcg next{56};
  for (int round = 0; round < 400; ++round) {
    const Ends ends = round % 2 ? Ends::closed : Ends::half_open;
    const Spans v = random_spans(next, ends, 9);
    INFO("round " << round << (ends == Ends::closed ? " closed" : " half-open"));
    const Spans merged = merge_overlapping(v, ends);
    CHECK(merged == merge_by_components(v, ends));
    for (std::size_t k = 1; k < merged.size(); ++k) CHECK_FALSE(overlaps(merged[k - 1], merged[k], ends));
  }
}

TEST_CASE("max_overlap is the depth of the deepest point", "[intervals]") {
  CHECK(max_overlap(Spans{{0, 30}, {5, 10}, {15, 20}}, Ends::half_open) == 2);
  CHECK(max_overlap(Spans{{7, 10}, {2, 4}}, Ends::half_open) == 1);
  CHECK(max_overlap(Spans{{1, 3}, {3, 5}}, Ends::half_open) == 1);  // back to back
  CHECK(max_overlap(Spans{{1, 3}, {3, 5}}, Ends::closed) == 2);     // both hold 3
  CHECK(max_overlap(Spans{{1, 3}, {3, 5}, {3, 3}}, Ends::closed) == 3);
  CHECK(max_overlap(Spans{{1, 2}, {1, 2}, {1, 2}}, Ends::half_open) == 3);
  CHECK(max_overlap(Spans{}, Ends::closed) == 0);

  Lcg next{253};
  for (int round = 0; round < 400; ++round) {
    const Ends ends = round % 2 ? Ends::closed : Ends::half_open;
    const Spans v = random_spans(next, ends, 9);
    INFO("round " << round);
    CHECK(max_overlap(v, ends) == max_overlap_by_points(v, ends));
  }
}

TEST_CASE("most_disjoint keeps the interval that ends first", "[intervals]") {
  CHECK(most_disjoint(Spans{{1, 2}, {2, 3}, {3, 4}, {1, 3}}, Ends::half_open) == 3);
  CHECK(most_disjoint(Spans{{1, 2}, {2, 3}, {3, 4}, {1, 3}}, Ends::closed) == 2);
  CHECK(most_disjoint(Spans{{1, 100}, {2, 3}, {4, 5}}, Ends::closed) == 2);  // the earliest start is a bad pick
  CHECK(most_disjoint(Spans{{1, 2}, {1, 2}, {1, 2}}, Ends::half_open) == 1);
  CHECK(most_disjoint(Spans{}, Ends::half_open) == 0);

  Lcg next{435};
  for (int round = 0; round < 300; ++round) {
    const Ends ends = round % 2 ? Ends::closed : Ends::half_open;
    const Spans v = random_spans(next, ends, 9);
    INFO("round " << round);
    CHECK(most_disjoint(v, ends) == most_disjoint_by_subsets(v, ends));
  }
}
