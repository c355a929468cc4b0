#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/bit_manipulation.hpp>

#include "lcg.hpp"

using kata::patterns::bit_counts;
using kata::patterns::clear_lowest_set_bit;
using kata::patterns::count_set_bits;
using kata::patterns::is_majority;
using kata::patterns::is_power_of_two;
using kata::patterns::lowest_set_bit;
using kata::patterns::majority_candidate;
using kata::patterns::single_among;
using kata::patterns::two_singles;
using kata::patterns::xor_all;

using kata::patterns::test::Lcg;

namespace {

// `singles` once each and every value of `repeated` `times` times, shuffled.
std::vector<int> with_repeats(Lcg& next, const std::vector<int>& singles, const std::vector<int>& repeated,
                              int times) {
  std::vector<int> v = singles;
  for (int x : repeated)
    for (int t = 0; t < times; ++t) v.push_back(x);
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<std::size_t>(next(0, static_cast<int>(i) - 1))]);
  return v;
}

// `count` distinct values from [lo, hi] (needs hi - lo + 1 >= count).
std::vector<int> distinct_values(Lcg& next, int count, int lo, int hi) {
  std::vector<int> v;
  while (static_cast<int>(v.size()) < count) {
    const int x = next(lo, hi);
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
  }
  return v;
}

}  // namespace

TEST_CASE("xor_all cancels every value that has a twin", "[bit-manipulation]") {
  CHECK(xor_all(std::vector<int>{2, 2, 1}) == 1);
  CHECK(xor_all(std::vector<int>{4, 1, 2, 1, 2}) == 4);
  CHECK(xor_all(std::vector<int>{1}) == 1);
  CHECK(xor_all(std::vector<int>{}) == 0);
  CHECK(xor_all(std::vector<int>{-2, 2, -2}) == 2);
  CHECK(xor_all(std::vector<int>{INT_MIN, 7, 7}) == INT_MIN);
  CHECK(xor_all(std::vector<int>{5, 5, 5}) == 5);  // an odd number of copies survives once
  CHECK(xor_all(std::vector<std::uint8_t>{0xF0, 0x0F}) == 0xFF);
}

TEST_CASE("xor_all finds the single value among random pairs", "[bit-manipulation]") {
  Lcg next{136};
  for (int round = 0; round < 300; ++round) {
    const std::vector<int> values = distinct_values(next, next(1, 12), -30000, 30000);
    const int single = values.front();
    const std::vector<int> v = with_repeats(next, {single}, {values.begin() + 1, values.end()}, 2);
    INFO("round " << round);
    CHECK(xor_all(v) == single);
  }
}

TEST_CASE("bit_counts counts each bit position's ones", "[bit-manipulation]") {
  const auto c = bit_counts(std::vector<int>{1, 3, 5, -1});
  CHECK(c.size() == 32);
  CHECK(c[0] == 4);
  CHECK(c[1] == 2);  // 3 and -1
  CHECK(c[2] == 2);  // 5 and -1
  CHECK(c[3] == 1);  // -1 only
  CHECK(c[31] == 1);  // the sign bit of -1
  const auto none = bit_counts(std::vector<std::uint8_t>{});
  CHECK(none.size() == 8);
  CHECK(std::all_of(none.begin(), none.end(), [](std::size_t n) { return n == 0; }));

  Lcg next{32};
  for (int round = 0; round < 200; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 10)));
    for (auto& x : v) x = next(-100000, 100000);
    const auto counts = bit_counts(v);
    INFO("round " << round);
    for (int b = 0; b < 32; ++b) {
      std::size_t expected = 0;
      for (int x : v) expected += (static_cast<unsigned>(x) >> b) & 1U;
      CHECK(counts[static_cast<std::size_t>(b)] == expected);
    }
  }
}

TEST_CASE("single_among counts bits modulo the number of copies", "[bit-manipulation]") {
  CHECK(single_among(std::vector<int>{2, 2, 3, 2}, 3) == 3);
  CHECK(single_among(std::vector<int>{0, 1, 0, 1, 0, 1, 99}, 3) == 99);
  CHECK(single_among(std::vector<int>{-4, -4, -4, -9}, 3) == -9);
  CHECK(single_among(std::vector<int>{INT_MIN, INT_MIN, INT_MIN, INT_MAX}, 3) == INT_MAX);
  CHECK(single_among(std::vector<int>{4, 1, 2, 1, 2}, 2) == 4);

  Lcg next{137};
  for (int round = 0; round < 300; ++round) {
    const int times = next(2, 5);
    const std::vector<int> values = distinct_values(next, next(1, 8), -1000, 1000);
    const std::vector<int> v = with_repeats(next, {values.front()}, {values.begin() + 1, values.end()}, times);
    INFO("round " << round << ", times " << times);
    CHECK(single_among(v, static_cast<std::size_t>(times)) == values.front());
  }
}

TEST_CASE("The low-bit tricks", "[bit-manipulation]") {
  CHECK(lowest_set_bit(12) == 4u);
  CHECK(lowest_set_bit(1) == 1u);
  CHECK(lowest_set_bit(0) == 0u);
  CHECK(lowest_set_bit(-1) == 1u);
  CHECK(lowest_set_bit(INT_MIN) == 0x80000000u);
  CHECK(clear_lowest_set_bit(12) == 8u);
  CHECK(clear_lowest_set_bit(INT_MIN) == 0u);
  CHECK(clear_lowest_set_bit(0) == 0u);
  CHECK(count_set_bits(0) == 0);
  CHECK(count_set_bits(-1) == 32);
  CHECK(count_set_bits(INT_MIN) == 1);
  CHECK(count_set_bits(std::uint64_t{0xFFFF'0000'FFFF'0000ULL}) == 32);
  CHECK(is_power_of_two(1));
  CHECK(is_power_of_two(1 << 30));
  CHECK_FALSE(is_power_of_two(0));
  CHECK_FALSE(is_power_of_two(6));
  CHECK_FALSE(is_power_of_two(INT_MIN));  // one bit set, but negative

  SECTION("against bit-by-bit loops") {
    for (int x = -1030; x <= 1030; ++x) {
      const auto u = static_cast<unsigned>(x);
      unsigned low = 0;
      for (int b = 0; b < 32 && low == 0; ++b)
        if ((u >> b) & 1U) low = 1U << b;
      int ones = 0;
      for (int b = 0; b < 32; ++b) ones += static_cast<int>((u >> b) & 1U);
      INFO("x = " << x);
      CHECK(lowest_set_bit(x) == low);
      CHECK(clear_lowest_set_bit(x) == (u ^ low));
      CHECK(count_set_bits(x) == ones);
      CHECK(is_power_of_two(x) == (x > 0 && ones == 1));
    }
  }
}

TEST_CASE("two_singles splits by a bit in which the two differ", "[bit-manipulation]") {
  CHECK(two_singles(std::vector<int>{1, 2, 1, 3, 2, 5}) == std::pair{3, 5});
  CHECK(two_singles(std::vector<int>{-1, 0}) == std::pair{-1, 0});
  CHECK(two_singles(std::vector<int>{INT_MIN, INT_MAX, 4, 4}) == std::pair{INT_MIN, INT_MAX});

  Lcg next{260};
  for (int round = 0; round < 300; ++round) {
    const std::vector<int> values = distinct_values(next, next(2, 10), -500, 500);
    const std::vector<int> v = with_repeats(next, {values[0], values[1]}, {values.begin() + 2, values.end()}, 2);
    INFO("round " << round);
    CHECK(two_singles(v) == std::pair{std::min(values[0], values[1]), std::max(values[0], values[1])});
  }
}

TEST_CASE("majority_candidate finds a majority by cancelling pairs", "[bit-manipulation]") {
  CHECK(majority_candidate(std::vector<int>{3, 2, 3}) == 3);
  CHECK(majority_candidate(std::vector<int>{2, 2, 1, 1, 1, 2, 2}) == 2);
  CHECK(majority_candidate(std::vector<int>{1, 1, 2, 2, 2}) == 2);  // the majority last
  CHECK(majority_candidate(std::vector<int>{7}) == 7);
  CHECK_FALSE(majority_candidate(std::vector<int>{}).has_value());
  CHECK(majority_candidate(std::vector<std::string>{"b", "a", "b"}) == std::string("b"));

  SECTION("without a majority the candidate must be checked") {
    const std::vector<int> v{1, 2, 3};
    const auto c = majority_candidate(v);
    REQUIRE(c.has_value());
    CHECK_FALSE(is_majority(v, *c));
    CHECK_FALSE(is_majority(std::vector<int>{1, 1, 2, 2}, 1));  // half is not more than half
    CHECK(is_majority(std::vector<int>{1, 1, 2}, 1));
  }
}

TEST_CASE("majority_candidate agrees with counting", "[bit-manipulation]") {
  Lcg next{169};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(1, 15)));
    for (auto& x : v) x = next(-2, 2);
    if (round % 2 == 0) {  // half the rounds: force a majority of one value
      const int major = next(-2, 2);
      for (std::size_t i = 0; i <= v.size() / 2; ++i) v[i] = major;
      for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<std::size_t>(next(0, static_cast<int>(i) - 1))]);
    }
    std::map<int, std::size_t> count;
    for (int x : v) ++count[x];
    std::optional<int> majority;
    for (const auto& [x, c] : count)
      if (c > v.size() / 2) majority = x;
    INFO("round " << round);
    const auto c = majority_candidate(v);
    REQUIRE(c.has_value());
    if (majority) CHECK(*c == *majority);
    CHECK(is_majority(v, *c) == majority.has_value());
  }
}
