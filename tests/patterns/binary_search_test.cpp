#include <catch2/catch.hpp>

#include <climits>
#include <cstdint>
#include <optional>
#include <vector>

#include <kata/patterns/binary_search.hpp>

using kata::patterns::first_true;
using kata::patterns::first_true_in_values;

namespace {

// The answer by walking the whole range: what first_true must agree with.
int first_true_by_scanning(int lo, int hi, int flip) {
  for (int x = lo; x < hi; ++x)
    if (x >= flip) return x;
  return hi;
}

}  // namespace

TEST_CASE("first_true finds where a monotone predicate turns true", "[binary-search]") {
  std::vector<int> nums{1, 3, 5, 5, 5, 8, 13};
  int n = static_cast<int>(nums.size());
  auto at_least = [&](int target) { return [&, target](int i) { return nums[i] >= target; }; };
  CHECK(first_true(0, n, at_least(5)) == 2);   // the first of several equal values
  CHECK(first_true(0, n, at_least(6)) == 5);   // absent: where it would be inserted
  CHECK(first_true(0, n, at_least(0)) == 0);   // true everywhere: the first index
  CHECK(first_true(0, n, at_least(14)) == n);  // true nowhere: hi
}

TEST_CASE("first_true agrees with a linear scan on every flip point of small ranges",
          "[binary-search]") {
  for (int lo = -4; lo <= 4; ++lo)
    for (int hi = lo; hi <= 6; ++hi)
      for (int flip = lo - 2; flip <= hi + 2; ++flip) {
        INFO("lo " << lo << " hi " << hi << " flip " << flip);
        CHECK(first_true(lo, hi, [&](int x) { return x >= flip; }) ==
              first_true_by_scanning(lo, hi, flip));
      }
}

TEST_CASE("first_true on an empty range answers hi without calling the predicate",
          "[binary-search]") {
  int calls = 0;
  auto counted = [&](int) {
    ++calls;
    return true;
  };
  CHECK(first_true(7, 7, counted) == 7);
  CHECK(first_true(9, 3, counted) == 3);
  CHECK(calls == 0);
}

TEST_CASE("first_true calls the predicate only inside the range and logarithmically often",
          "[binary-search]") {
  const int lo = 0, hi = 1 << 20;
  int calls = 0;
  bool outside = false;
  int found = first_true(lo, hi, [&](int x) {
    ++calls;
    outside = outside || x < lo || x >= hi;
    return x >= 777777;
  });
  CHECK(found == 777777);
  CHECK_FALSE(outside);
  CHECK(calls <= 21);
}

TEST_CASE("first_true does not overflow over the whole range of int", "[binary-search]") {
  CHECK(first_true(INT_MIN, INT_MAX, [](int x) { return x >= 0; }) == 0);
  CHECK(first_true(INT_MIN, INT_MAX, [](int x) { return x >= INT_MAX - 1; }) == INT_MAX - 1);
  CHECK(first_true(INT_MIN, INT_MAX, [](int) { return true; }) == INT_MIN);
  CHECK(first_true(INT_MIN, INT_MAX, [](int) { return false; }) == INT_MAX);
}

TEST_CASE("first_true works for unsigned and 64-bit ranges", "[binary-search]") {
  CHECK(first_true(0u, UINT32_MAX, [](unsigned x) { return x >= 4000000000u; }) == 4000000000u);
  // The integer square root of 10^18 by value: the first v with v * v > 10^18, minus one.
  const long long big = 1000000000000000000LL;
  long long past = first_true(0LL, 2000000000LL, [&](long long v) { return v * v > big; });
  CHECK(past - 1 == 1000000000LL);
  CHECK(first_true<short>(-300, 300, [](short x) { return x >= -1; }) == -1);
}

TEST_CASE("first_true_in_values searches a closed range of candidate answers", "[binary-search]") {
  // Find the Duplicate Number's question: the first value v in [1, n] with more
  // than v elements <= v.
  std::vector<int> nums{3, 1, 3, 4, 2};
  int n = static_cast<int>(nums.size()) - 1;
  auto crowded = [&](int v) {
    int at_most = 0;
    for (int x : nums) at_most += x <= v;
    return at_most > v;
  };
  CHECK(first_true_in_values(1, n, crowded) == std::optional<int>(3));
}

TEST_CASE("first_true_in_values includes hi and reports when nothing qualifies",
          "[binary-search]") {
  CHECK(first_true_in_values(1, 10, [](int v) { return v >= 10; }) == std::optional<int>(10));
  CHECK(first_true_in_values(1, 10, [](int v) { return v >= 11; }) == std::nullopt);
  CHECK(first_true_in_values(1, 10, [](int) { return true; }) == std::optional<int>(1));
  CHECK(first_true_in_values(5, 5, [](int v) { return v == 5; }) == std::optional<int>(5));
  CHECK(first_true_in_values(6, 5, [](int) { return true; }) == std::nullopt);
}

TEST_CASE("first_true_in_values reaches the largest value of the type without overflow",
          "[binary-search]") {
  CHECK(first_true_in_values(0, INT_MAX, [](int v) { return v == INT_MAX; }) ==
        std::optional<int>(INT_MAX));
  CHECK(first_true_in_values(INT_MIN, INT_MAX, [](int) { return false; }) == std::nullopt);
  CHECK(first_true_in_values(INT_MIN, INT_MAX, [](int v) { return v >= -12345; }) ==
        std::optional<int>(-12345));
}

TEST_CASE("first_true is usable in constant expressions", "[binary-search]") {
  constexpr int root = first_true(0, 100, [](int v) { return v * v >= 49; });
  STATIC_REQUIRE(root == 7);
}
