// Intervals: sort them by one end, then sweep left to right keeping only what the
// sweep has to remember about the intervals behind it.
//
// An interval is a pair (lo, hi). Whether it holds its right end is a choice the
// problem makes, and every test below takes it as an argument:
// - Ends::closed, [lo, hi], lo <= hi: both ends are in. [1, 3] and [3, 5] share the
//   point 3, so they overlap (Merge Intervals counts them as overlapping). A single
//   point [4, 4] is an interval.
// - Ends::half_open, [lo, hi), lo < hi: the right end is out. [1, 3) and [3, 5) share
//   nothing: a meeting that ends at 3 does not clash with one that starts at 3.
//
// - overlaps: two intervals share a point when each starts no later than the other
//   ends (strictly before, for half-open ones).
// - merge_overlapping: sorted by start, an interval either overlaps the last merged
//   interval (it starts before that one ends: extend it) or starts after everything
//   seen so far has ended (open a new one). Nothing earlier can be touched again
//   (Merge Intervals).
// - max_overlap: the sweep line. Walk the starts in order, and retire the ends that
//   come before each start; the number of open intervals just after a start is the
//   depth at that point, and the deepest point is always at some start.
// - most_disjoint: the exchange argument at its plainest. Of all the intervals, take
//   the one that ends first: any best selection can swap its first interval for this
//   one and stay valid. Then repeat on what does not overlap it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace kata::patterns {

enum class Ends { closed, half_open };

// Whether a and b share a point.
template <class T>
bool overlaps(const std::pair<T, T>& a, const std::pair<T, T>& b, Ends ends) {
  if (ends == Ends::closed) return a.first <= b.second && b.first <= a.second;
  return a.first < b.second && b.first < a.second;
}

// The union of v as the fewest intervals that pairwise share no point, sorted by start.
// Intervals that share a point become one; with Ends::closed that includes intervals
// that only touch ([1, 3] and [3, 5] give [1, 5]), with Ends::half_open it does not
// ([1, 3) and [3, 5) stay apart). O(n log n) time for the sort, O(n) for the copy.
template <class T>
std::vector<std::pair<T, T>> merge_overlapping(std::vector<std::pair<T, T>> v, Ends ends) {
  std::sort(v.begin(), v.end());
  std::vector<std::pair<T, T>> merged;
  for (const auto& x : v) {
    // merged.back() starts no later than x, so they share a point iff x starts
    // before merged.back() ends (or where it ends, when ends are closed).
    const bool joins = !merged.empty() && (ends == Ends::closed ? x.first <= merged.back().second
                                                                 : x.first < merged.back().second);
    if (joins)
      merged.back().second = std::max(merged.back().second, x.second);
    else
      merged.push_back(x);
  }
  return merged;
}

// The largest number of intervals of v that share one point (0 for none). O(n log n).
template <class T>
std::size_t max_overlap(const std::vector<std::pair<T, T>>& v, Ends ends) {
  std::vector<T> starts, finishes;
  for (const auto& [lo, hi] : v) {
    starts.push_back(lo);
    finishes.push_back(hi);
  }
  std::sort(starts.begin(), starts.end());
  std::sort(finishes.begin(), finishes.end());
  std::size_t best = 0, ended = 0;
  for (std::size_t i = 0; i < starts.size(); ++i) {
    // Retire every interval that is over before starts[i] begins. Such an interval
    // started before starts[i] too, so it is among the i + 1 starts counted.
    while (ended < finishes.size() &&
           (ends == Ends::closed ? finishes[ended] < starts[i] : finishes[ended] <= starts[i]))
      ++ended;
    best = std::max(best, i + 1 - ended);
  }
  return best;
}

// The largest number of intervals of v that pairwise share no point: take the interval
// that ends first, drop everything it overlaps, repeat. O(n log n).
template <class T>
std::size_t most_disjoint(std::vector<std::pair<T, T>> v, Ends ends) {
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  std::size_t taken = 0;
  T last_end{};
  for (const auto& x : v) {
    const bool free = taken == 0 || (ends == Ends::closed ? last_end < x.first : last_end <= x.first);
    if (!free) continue;
    ++taken;
    last_end = x.second;
  }
  return taken;
}

}  // namespace kata::patterns
