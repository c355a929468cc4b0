// Sliding window: the grow-right / shrink-left frame over [0, n), and the monotonic-deque window maximum.
//
// Design. The frames know nothing about the data: the caller keeps the window's
// state (counts, a sum, a set...) and hands in three callbacks, add(i) when index i
// enters on the right, remove(i) when index i leaves on the left, and valid() to ask
// whether the current window is acceptable. Each index enters once and leaves at
// most once, so a frame costs O(n) calls plus whatever the callbacks cost.
//
// Which frame fits depends on how validity behaves:
// - longest_window: validity survives shrinking (a sub-window of a valid window is
//   valid: "no repeated character"). Grow right; while invalid, shrink left.
// - shortest_window: validity survives growing (a super-window of a valid window is
//   valid: "covers every character of t"). Grow right; while valid, record and
//   shrink left.
// - fixed_windows: every window of exactly k elements (anagrams of a length-k word).
// window_max keeps indices whose values decrease from front to back, so the front is
// always the maximum of the current window: O(n) for all n - k + 1 windows.
#pragma once

#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace kata::patterns {

// A window [left, left + length) of indices.
struct Window {
  int left = 0;
  int length = 0;
  friend bool operator==(const Window&, const Window&) = default;
};

// The longest valid window (the leftmost one among equals); length 0 when no
// single element is valid. The empty window must count as valid.
template <class Add, class Remove, class Valid>
Window longest_window(int n, Add&& add, Remove&& remove, Valid&& valid) {
  Window best;
  int left = 0;
  for (int right = 0; right < n; ++right) {
    add(right);
    while (left <= right && !valid()) remove(left++);
    // invariant: [left, right] is the longest valid window that ends at right
    if (right - left + 1 > best.length) best = Window{left, right - left + 1};
  }
  return best;
}

// The shortest non-empty valid window (the leftmost one among equals), or nullopt
// when no window is valid.
template <class Add, class Remove, class Valid>
std::optional<Window> shortest_window(int n, Add&& add, Remove&& remove, Valid&& valid) {
  std::optional<Window> best;
  int left = 0;
  for (int right = 0; right < n; ++right) {
    add(right);
    while (left <= right && valid()) {
      if (!best || right - left + 1 < best->length) best = Window{left, right - left + 1};
      remove(left++);
    }
    // invariant: [left, right] is not valid, so no valid window ending at right
    // starts at left or later
  }
  return best;
}

// Calls on_window(left) for every window [left, left + k) inside [0, n), left to
// right, after the window's elements were added and the previous one's removed.
// Nothing is called when k <= 0; no window exists when k > n (elements are still
// added, so the state sees them).
template <class Add, class Remove, class OnWindow>
void fixed_windows(int n, int k, Add&& add, Remove&& remove, OnWindow&& on_window) {
  if (k <= 0) return;
  for (int right = 0; right < n; ++right) {
    add(right);
    if (right >= k) remove(right - k);
    if (right >= k - 1) on_window(right - k + 1);
  }
}

// The maximum of every window of k consecutive elements: n - k + 1 values, or none
// when k <= 0 or k > n. With Less = std::greater<T> it gives the minimum.
template <class T, class Less = std::less<T>>
std::vector<T> window_max(const std::vector<T>& a, int k, Less less = Less{}) {
  const int n = static_cast<int>(a.size());
  std::vector<T> out;
  if (k <= 0 || k > n) return out;
  out.reserve(static_cast<std::size_t>(n - k + 1));
  std::deque<int> candidates;  // invariant: indices in the window, values strictly decreasing
  for (int right = 0; right < n; ++right) {
    while (!candidates.empty() && !less(a[right], a[candidates.back()])) candidates.pop_back();
    candidates.push_back(right);
    if (candidates.front() <= right - k) candidates.pop_front();
    if (right >= k - 1) out.push_back(a[candidates.front()]);
  }
  return out;
}

}  // namespace kata::patterns
