// Monotonic stack: for every index, the nearest index to its right or left whose value beats it.
//
// Design. One scan, one stack of indices still waiting for their answer. Scanning
// to the right, a new index j settles every waiting index i with beats(a[j], a[i]);
// those are all on top of the stack, because the stack only ever holds indices
// none of which beats the ones below it (with `beats` = `>`, the values on the stack
// never increase from bottom to top). Each index is pushed once and popped at most
// once, so a scan is O(n) whatever the data.
//
// "Nothing beats it" has a sentinel that is a real boundary, so callers can use it
// as one without a special case: n for the next_* functions (one past the end) and
// -1 for the prev_* functions (one before the start). Largest Rectangle in
// Histogram, for instance, reads the width of bar i as next - prev - 1.
//
// `beats` is any strict relation that is transitive in the sense of a strict weak
// order: std::greater<> (next strictly greater), std::less<> (strictly smaller),
// std::greater_equal<> / std::less_equal<> for "greater or equal" / "smaller or
// equal". The named helpers below cover the four strict cases.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace kata::patterns {

namespace detail {

// One pass, left to right or right to left. The answer for i is the first index
// met after i, in scan order, whose value beats a[i]. Why the stack's top is enough:
// if j beats a[i] and s sits above i, then s did not beat a[i], so j beats a[s] too.
template <class T, class Beats>
std::vector<int> nearest_beating(const std::vector<T>& a, Beats beats, bool rightwards) {
  const int n = static_cast<int>(a.size());
  std::vector<int> answer(a.size(), rightwards ? n : -1);
  std::vector<int> waiting;  // invariant: no element of `waiting` beats the one below it
  waiting.reserve(a.size());
  for (int k = 0; k < n; ++k) {
    const int j = rightwards ? k : n - 1 - k;
    while (!waiting.empty() && beats(a[j], a[waiting.back()])) {
      answer[static_cast<std::size_t>(waiting.back())] = j;
      waiting.pop_back();
    }
    waiting.push_back(j);
  }
  return answer;
}

}  // namespace detail

// For each i, the smallest j > i with beats(a[j], a[i]); n when there is none.
template <class T, class Beats>
std::vector<int> next_where(const std::vector<T>& a, Beats beats) {
  return detail::nearest_beating(a, beats, true);
}

// For each i, the largest j < i with beats(a[j], a[i]); -1 when there is none.
template <class T, class Beats>
std::vector<int> prev_where(const std::vector<T>& a, Beats beats) {
  return detail::nearest_beating(a, beats, false);
}

// For each i, the nearest index to the right with a strictly greater value, or n.
template <class T>
std::vector<int> next_greater(const std::vector<T>& a) {
  return next_where(a, std::greater<>{});
}

// For each i, the nearest index to the right with a strictly smaller value, or n.
template <class T>
std::vector<int> next_smaller(const std::vector<T>& a) {
  return next_where(a, std::less<>{});
}

// For each i, the nearest index to the left with a strictly greater value, or -1.
template <class T>
std::vector<int> prev_greater(const std::vector<T>& a) {
  return prev_where(a, std::greater<>{});
}

// For each i, the nearest index to the left with a strictly smaller value, or -1.
template <class T>
std::vector<int> prev_smaller(const std::vector<T>& a) {
  return prev_where(a, std::less<>{});
}

}  // namespace kata::patterns
