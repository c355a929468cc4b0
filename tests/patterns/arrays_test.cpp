#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include <kata/patterns/arrays.hpp>

#include "lcg.hpp"
#include "sorted.hpp"

using kata::patterns::first_missing_positive;
using kata::patterns::missing_one_to_n;
using kata::patterns::place_at_own_index;
using kata::patterns::reverse_span;
using kata::patterns::rotate_right_by_cycles;
using kata::patterns::rotate_right_by_reversals;

using kata::patterns::test::Lcg;
using kata::patterns::test::sorted;

namespace {

using Ints = std::vector<int>;

// Rotation into a copy, straight from "the element at i moves to (i + k) mod n".
Ints rotated_copy(const Ints& v, std::size_t k) {
  Ints out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out[(i + k) % v.size()] = v[i];
  return out;
}

// The smallest positive value not in v, by counting up through a set.
int first_missing_by_set(const Ints& v) {
  const std::set<int> seen(v.begin(), v.end());
  int x = 1;
  while (seen.count(x)) ++x;
  return x;
}

}  // namespace

TEST_CASE("reverse_span reverses a half-open range", "[arrays]") {
  Ints v{1, 2, 3, 4, 5};
  reverse_span(v, 1, 4);
  CHECK(v == Ints{1, 4, 3, 2, 5});
  reverse_span(v, 0, 5);
  CHECK(v == Ints{5, 2, 3, 4, 1});
  reverse_span(v, 2, 3);  // one element
  reverse_span(v, 3, 3);  // empty
  reverse_span(v, 4, 1);  // backwards: empty
  CHECK(v == Ints{5, 2, 3, 4, 1});
}

TEST_CASE("rotating right moves the element at i to (i + k) mod n", "[arrays]") {
  auto both = [](Ints v, std::size_t k) {
    Ints w = v;
    rotate_right_by_reversals(v, k);
    rotate_right_by_cycles(w, k);
    CHECK(v == w);
    return v;
  };
  CHECK(both({1, 2, 3, 4, 5, 6, 7}, 3) == Ints{5, 6, 7, 1, 2, 3, 4});
  CHECK(both({-1, -100, 3, 99}, 2) == Ints{3, 99, -1, -100});

  SECTION("k of 0, of n, of a multiple of n, beyond n") {
    CHECK(both({1, 2, 3}, 0) == Ints{1, 2, 3});
    CHECK(both({1, 2, 3}, 3) == Ints{1, 2, 3});
    CHECK(both({1, 2, 3}, 300) == Ints{1, 2, 3});
    CHECK(both({1, 2, 3}, 4) == Ints{3, 1, 2});
    CHECK(both({1, 2}, 100001) == Ints{2, 1});
  }
  SECTION("one element, none") {
    CHECK(both({INT_MIN}, 7) == Ints{INT_MIN});
    CHECK(both({}, 5).empty());
  }
  SECTION("k sharing a factor with n: several cycles") {
    CHECK(both({1, 2, 3, 4, 5, 6}, 2) == Ints{5, 6, 1, 2, 3, 4});
    CHECK(both({1, 2, 3, 4, 5, 6}, 3) == Ints{4, 5, 6, 1, 2, 3});
    CHECK(both({1, 2, 3, 4, 5, 6}, 4) == Ints{3, 4, 5, 6, 1, 2});
  }
  SECTION("any element type") {
    std::vector<std::string> s{"a", "b", "c", "d"};
    rotate_right_by_cycles(s, 1);
    CHECK(s == std::vector<std::string>{"d", "a", "b", "c"});
    rotate_right_by_reversals(s, 3);
    CHECK(s == std::vector<std::string>{"a", "b", "c", "d"});
  }
}

TEST_CASE("both rotations agree with copying into a new array", "[arrays]") {
  Lcg next{189};
  for (int round = 0; round < 500; ++round) {
    Ints v(static_cast<std::size_t>(next(0, 13)));
    for (auto& x : v) x = next(-9, 9);
    const auto k = static_cast<std::size_t>(next(0, 40));
    INFO("round " << round << ", n " << v.size() << ", k " << k);
    if (v.empty()) {
      rotate_right_by_reversals(v, k);
      rotate_right_by_cycles(v, k);
      CHECK(v.empty());
      continue;
    }
    const Ints expected = rotated_copy(v, k);
    Ints a = v, b = v;
    rotate_right_by_reversals(a, k);
    rotate_right_by_cycles(b, k);
    CHECK(a == expected);
    CHECK(b == expected);
  }
}

TEST_CASE("place_at_own_index puts every value of [1, n] at index value - 1", "[arrays]") {
  Ints v{3, 4, -1, 1};
  place_at_own_index(v);
  CHECK(v[0] == 1);
  CHECK(v[2] == 3);
  CHECK(v[3] == 4);
  CHECK(sorted(v) == Ints{-1, 1, 3, 4});

  SECTION("a permutation of 1..n comes out sorted") {
    Ints p{5, 3, 1, 2, 4};
    place_at_own_index(p);
    CHECK(p == Ints{1, 2, 3, 4, 5});
  }
  SECTION("copies of a value stop the swapping instead of looping") {
    Ints d{2, 2, 2, 2};
    place_at_own_index(d);
    CHECK(d == Ints{2, 2, 2, 2});
    Ints e{1, 1};
    place_at_own_index(e);
    CHECK(e == Ints{1, 1});
  }
  SECTION("values out of range stay where they land") {
    Ints w{INT_MAX, INT_MIN, 0, 4};
    place_at_own_index(w);
    CHECK(w[3] == 4);
    CHECK(sorted(w) == Ints{INT_MIN, 0, 4, INT_MAX});
  }
}

TEST_CASE("first_missing_positive and missing_one_to_n read the placed array", "[arrays]") {
  auto first = [](Ints v) { return first_missing_positive(v); };
  CHECK(first({1, 2, 0}) == 3);
  CHECK(first({3, 4, -1, 1}) == 2);
  CHECK(first({7, 8, 9, 11, 12}) == 1);
  CHECK(first({1}) == 2);
  CHECK(first({2}) == 1);
  CHECK(first({1, 1}) == 2);
  CHECK(first({INT_MIN, INT_MAX}) == 1);
  CHECK(first({2, 3, 4, 5, 1}) == 6);
  CHECK(first({}) == 1);

  auto missing = [](Ints v) { return missing_one_to_n(v); };
  CHECK(missing({4, 3, 2, 7, 8, 2, 3, 1}) == Ints{5, 6});
  CHECK(missing({1, 1}) == Ints{2});
  CHECK(missing({-3, 9}) == Ints{1, 2});
  CHECK(missing({2, 1}).empty());
}

TEST_CASE("cyclic placement agrees with a set of the values", "[arrays]") {
  Lcg next{41};
  for (int round = 0; round < 600; ++round) {
    Ints v(static_cast<std::size_t>(next(0, 12)));
    const int hi = next(1, 14);
    for (auto& x : v) x = next(-3, hi);
    INFO("round " << round);
    const std::set<int> seen(v.begin(), v.end());
    Ints expected_missing;
    for (int x = 1; x <= static_cast<int>(v.size()); ++x)
      if (!seen.count(x)) expected_missing.push_back(x);

    Ints a = v;
    CHECK(first_missing_positive(a) == first_missing_by_set(v));
    CHECK(sorted(a) == sorted(v));  // only permuted
    Ints b = v;
    CHECK(missing_one_to_n(b) == expected_missing);
  }
}
