// In-place array transformations: rearranging an array inside itself, with O(1)
// extra space, by moves whose effect on every index is known.
//
// Two families, used by the problems of the pattern:
// - rotation. rotate_right_by_reversals: reversing the whole array and then each of
//   its two parts puts every element k places further right (Rotate Array).
//   rotate_right_by_cycles: the move i -> (i + k) mod n splits the indices into
//   gcd(n, k) cycles; each cycle is walked once, carrying one element along, so
//   every element is written exactly once.
// - the array's own indices as a hash. place_at_own_index (cyclic placement) swaps
//   each value v in [1, n] to index v - 1 until every index that can hold its own
//   value does; afterwards the first index i with v[i] != i + 1 tells the smallest
//   positive value that is absent (First Missing Positive), and every such index
//   names a value of [1, n] that is missing (missing_one_to_n).
#pragma once

#include <cstddef>
#include <numeric>
#include <utility>
#include <vector>

namespace kata::patterns {

// Reverses v[first, last) in place (nothing when first >= last).
template <class T>
void reverse_span(std::vector<T>& v, std::size_t first, std::size_t last) {
  while (first + 1 < last) std::swap(v[first++], v[--last]);
}

// Rotates v to the right by k places, in place: the element at i moves to
// (i + k) mod n. k may exceed n (only k mod n matters). Three reversals, n swaps
// in all (n / 2 for the whole array, as many again for its two parts), O(1) extra
// space.
template <class T>
void rotate_right_by_reversals(std::vector<T>& v, std::size_t k) {
  const std::size_t n = v.size();
  if (n == 0) return;
  k %= n;
  reverse_span(v, 0, n);  // the last k elements are now first, each part backwards
  reverse_span(v, 0, k);  // put each part back the right way round
  reverse_span(v, k, n);
}

// The same rotation, by cycles: index i's element goes to (i + k) mod n, and the
// indices fall into gcd(n, k) cycles of n / gcd(n, k) each; cycle s starts at s.
// Each element is written once and one is held aside per cycle: n writes, O(1)
// extra space.
template <class T>
void rotate_right_by_cycles(std::vector<T>& v, std::size_t k) {
  const std::size_t n = v.size();
  if (n == 0) return;
  k %= n;
  if (k == 0) return;
  const std::size_t cycles = std::gcd(n, k);
  for (std::size_t start = 0; start < cycles; ++start) {
    T carried = std::move(v[start]);
    std::size_t at = start;
    do {
      at = (at + k) % n;
      std::swap(carried, v[at]);  // drop the carried element, pick up the one there
    } while (at != start);
  }
}

// Cyclic placement: afterwards, for every value x in [1, n] that occurs in v,
// v[x - 1] == x (n = v.size()). Values outside [1, n], and extra copies of a value,
// end up in the slots left over. Each swap puts one value at its own index for
// good, so there are at most n swaps: O(n), O(1) extra space. v is permuted.
inline void place_at_own_index(std::vector<int>& v) {
  const long long n = static_cast<long long>(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    // Until v[i] cannot go anywhere: out of range, already home, or its home already
    // holds a copy (then swapping would loop forever).
    while (v[i] >= 1 && v[i] <= n && v[static_cast<std::size_t>(v[i] - 1)] != v[i])
      std::swap(v[i], v[static_cast<std::size_t>(v[i] - 1)]);
  }
}

// The smallest positive integer that does not occur in v. v is permuted (cyclic
// placement). O(n), O(1) extra space. The answer is at most n + 1.
inline int first_missing_positive(std::vector<int>& v) {
  place_at_own_index(v);
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i] != static_cast<int>(i) + 1) return static_cast<int>(i) + 1;
  return static_cast<int>(v.size()) + 1;
}

// The values of [1, n] that do not occur in v, ascending (n = v.size()). v is
// permuted (cyclic placement). O(n); no extra space besides the answer.
inline std::vector<int> missing_one_to_n(std::vector<int>& v) {
  place_at_own_index(v);
  std::vector<int> missing;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (v[i] != static_cast<int>(i) + 1) missing.push_back(static_cast<int>(i) + 1);
  return missing;
}

}  // namespace kata::patterns
