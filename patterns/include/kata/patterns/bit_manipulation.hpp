// Bit manipulation: let equal things cancel, and look at a number one bit at a time.
//
// Tools used by the problems of the pattern, and by their obvious variants:
// - xor_all: x ^ x == 0 and x ^ 0 == x, in any order, so XOR-ing a whole array
//   cancels every value that occurs an even number of times and leaves the one that
//   does not (Single Number). O(n), O(1) space.
// - bit_counts / single_among: XOR is "count the ones of each bit position modulo
//   2". Counting modulo m instead finds the value that occurs once when every other
//   value occurs m times (Single Number II for m = 3).
// - lowest_set_bit, clear_lowest_set_bit, count_set_bits, is_power_of_two: the
//   low-bit tricks x & -x and x & (x - 1), and what they buy. two_singles uses the
//   lowest bit in which two unknown values differ to split an array into two halves
//   that each hold one of them (Single Number III).
// - majority_candidate / is_majority: Boyer-Moore voting, the same "pairs cancel"
//   idea with pairs of *different* values: removing two different values never
//   takes a value's majority away (Majority Element). O(n), O(1) space.
//
// Bits are taken from the two's-complement pattern of the value: every function
// works on negative values too, computing in the unsigned type of the same width
// (where overflow is defined).
#pragma once

#include <array>
#include <cassert>
#include <concepts>
#include <cstddef>
#include <limits>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace kata::patterns {

namespace detail {

template <class T>
concept bit_integer = std::integral<T> && !std::same_as<T, bool>;

template <bit_integer T>
using bits_of = std::make_unsigned_t<T>;

template <bit_integer T>
inline constexpr int bit_width_of = std::numeric_limits<bits_of<T>>::digits;

}  // namespace detail

// The XOR of every value of v (0 for an empty v). When every value but one occurs
// an even number of times, that one value.
template <detail::bit_integer T>
constexpr T xor_all(const std::vector<T>& v) {
  T acc = 0;
  for (T x : v) acc ^= x;
  return acc;
}

// counts[b] = how many values of v have bit b set (bit 0 the lowest; for signed
// types the top bit is the sign bit of the two's-complement pattern).
template <detail::bit_integer T>
std::array<std::size_t, detail::bit_width_of<T>> bit_counts(const std::vector<T>& v) {
  using U = detail::bits_of<T>;
  std::array<std::size_t, detail::bit_width_of<T>> counts{};
  for (T x : v) {
    const U u = static_cast<U>(x);
    for (int b = 0; b < detail::bit_width_of<T>; ++b) counts[static_cast<std::size_t>(b)] += (u >> b) & 1U;
  }
  return counts;
}

// The value that occurs once in v when every other value occurs exactly `times`
// times (times >= 2): the copies of a repeated value add `times` to the count of each
// of its bits, so counting each bit position modulo `times` leaves exactly the
// single value's bits. times == 2 is xor_all. O(n * bits), O(1) space.
template <detail::bit_integer T>
T single_among(const std::vector<T>& v, std::size_t times) {
  assert(times >= 2);
  using U = detail::bits_of<T>;
  const auto counts = bit_counts(v);
  U single = 0;
  for (int b = 0; b < detail::bit_width_of<T>; ++b)
    if (counts[static_cast<std::size_t>(b)] % times != 0) single |= static_cast<U>(U{1} << b);
  return static_cast<T>(single);
}

// The lowest set bit of x alone (x & -x), as a value of the unsigned type; 0 for 0.
template <detail::bit_integer T>
constexpr detail::bits_of<T> lowest_set_bit(T x) {
  using U = detail::bits_of<T>;
  const U u = static_cast<U>(x);
  return static_cast<U>(u & static_cast<U>(~u + 1U));
}

// x with its lowest set bit cleared (x & (x - 1)), as a value of the unsigned type.
template <detail::bit_integer T>
constexpr detail::bits_of<T> clear_lowest_set_bit(T x) {
  using U = detail::bits_of<T>;
  const U u = static_cast<U>(x);
  return static_cast<U>(u & static_cast<U>(u - 1U));
}

// How many bits of x are set, clearing the lowest one until none is left: as many
// steps as there are ones (Kernighan).
template <detail::bit_integer T>
constexpr int count_set_bits(T x) {
  auto u = static_cast<detail::bits_of<T>>(x);
  int n = 0;
  for (; u != 0; u = clear_lowest_set_bit(u)) ++n;
  return n;
}

// True when x > 0 and exactly one bit of x is set.
template <detail::bit_integer T>
constexpr bool is_power_of_two(T x) {
  return x > 0 && clear_lowest_set_bit(x) == 0;
}

// The two values that occur once in v when every other value occurs exactly twice,
// the smaller first. Their XOR (xor_all) is not 0, and its lowest set bit is a bit
// in which the two differ: split v by that bit, and each side is a Single Number
// problem of its own. O(n), O(1) space.
template <detail::bit_integer T>
std::pair<T, T> two_singles(const std::vector<T>& v) {
  using U = detail::bits_of<T>;
  const U split = lowest_set_bit(xor_all(v));
  assert(split != 0 && "two different singles are required");
  T with = 0, without = 0;
  for (T x : v) {
    if (static_cast<U>(x) & split)
      with ^= x;
    else
      without ^= x;
  }
  return with < without ? std::pair{with, without} : std::pair{without, with};
}

// Boyer-Moore voting: the only value that can occur more than v.size() / 2 times
// (nullopt for an empty v). `votes` counts the copies of `candidate` that no
// different value has cancelled yet; a value equal to the candidate adds one,
// another value cancels one, or takes over when none is left. Every cancellation
// removes two different values, at most one of them a majority value, so a majority
// value is the candidate at the end. Without a majority the candidate means
// nothing: check it with is_majority. O(n), O(1) space.
template <class T>
std::optional<T> majority_candidate(const std::vector<T>& v) {
  if (v.empty()) return std::nullopt;
  T candidate = v.front();
  std::size_t votes = 0;
  for (const T& x : v) {
    if (votes == 0) candidate = x;
    if (x == candidate)
      ++votes;
    else
      --votes;
  }
  return candidate;
}

// True when x occurs more than v.size() / 2 times in v.
template <class T>
bool is_majority(const std::vector<T>& v, const T& x) {
  std::size_t n = 0;
  for (const T& y : v) n += y == x;
  return n > v.size() / 2;
}

}  // namespace kata::patterns
