// Greedy scans: one pass, one decision per element, never revisited. Each shape keeps
// a small summary of the prefix seen so far that is provably all the future needs.
//
// - best_range (Kadane): the best sum of a range that ends at i is v[i] plus the best
//   sum ending at i - 1 if that is positive, else v[i] alone. A negative (or zero)
//   prefix can only hurt whatever comes after it, so it is dropped for good
//   (Maximum Subarray).
// - best_rise: the best v[j] - v[i] with i < j. For a fixed j the best i is the
//   smallest value before it, so a running minimum is all that is kept (Best Time to
//   Buy and Sell Stock).
// - farthest_reachable: when every index up to `reach` can be reached, and index i
//   can reach i + jump[i], the reachable indices are always one unbroken range
//   [0, reach]; the scan only widens it, and stops when it steps past it (Jump Game).
// - fewest_jumps: BFS by levels where each level is a contiguous range of indices, so
//   a level is two numbers instead of a queue: the indices reachable in d jumps end at
//   `level_end`, the farthest any of them reaches ends the next level (Jump Game II).
// - split_by_last_occurrence: a piece may only end where every character it holds has
//   made its last appearance; ending at the first such place gives the most pieces
//   (Partition Labels).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace kata::patterns {

// A contiguous range v[first, last) and its sum.
struct BestRange {
  long long sum = 0;
  std::size_t first = 0;
  std::size_t last = 0;  // one past the end
  friend bool operator==(const BestRange&, const BestRange&) = default;
};

// The non-empty contiguous range of v with the largest sum (Kadane's algorithm). Among
// ranges with that sum: the one that ends first, and of those the shortest. An empty
// v gives {0, 0, 0}. Sums are taken in long long. O(n) time, O(1) space.
template <class T>
BestRange best_range(const std::vector<T>& v) {
  BestRange best;
  long long ending_sum = 0;     // the best sum of a range ending at the current index
  std::size_t ending_first = 0;  // where that range starts (the latest such start)
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto x = static_cast<long long>(v[i]);
    if (i == 0 || ending_sum <= 0) {
      ending_sum = x;  // what came before adds nothing: start afresh at i
      ending_first = i;
    } else {
      ending_sum += x;
    }
    if (i == 0 || ending_sum > best.sum) best = BestRange{ending_sum, ending_first, i + 1};
  }
  return best;
}

// The largest v[j] - v[i] with i < j, or 0 when no value is larger than an earlier one
// (and for fewer than two values). A running minimum: O(n) time, O(1) space.
template <class T>
long long best_rise(const std::vector<T>& v) {
  long long best = 0;
  for (std::size_t j = 1, low = 0; j < v.size(); ++j) {  // v[low] = min(v[0..j-1])
    best = std::max(best, static_cast<long long>(v[j]) - static_cast<long long>(v[low]));
    if (v[j] < v[low]) low = j;
  }
  return best;
}

// From index 0, where index i can move to any of i + 1, ..., i + jump[i]: the largest
// index that can be reached, capped at n - 1 (so n - 1 means "the end is reachable").
// jump[i] >= 0. An empty vector gives 0. O(n) time, O(1) space.
template <class T>
std::size_t farthest_reachable(const std::vector<T>& jump) {
  const std::size_t n = jump.size();
  if (n == 0) return 0;
  std::size_t reach = 0;  // every index in [0, reach] is reachable, and nothing beyond
  for (std::size_t i = 0; i <= reach && reach < n - 1; ++i) {
    const auto step = static_cast<std::size_t>(jump[i]);
    reach = std::max(reach, step >= n - 1 - i ? n - 1 : i + step);
  }
  return reach;
}

// The fewest moves from index 0 to index n - 1 with the moves of farthest_reachable,
// or nullopt when n - 1 cannot be reached (and for an empty vector). One element
// needs 0 moves. O(n) time, O(1) space.
template <class T>
std::optional<std::size_t> fewest_jumps(const std::vector<T>& jump) {
  const std::size_t n = jump.size();
  if (n == 0) return std::nullopt;
  std::size_t jumps = 0;      // the level being scanned: indices reachable in `jumps` moves
  std::size_t level_end = 0;  // the last index of that level
  std::size_t farthest = 0;   // the farthest index reachable in jumps + 1 moves so far
  for (std::size_t i = 0; i < n - 1; ++i) {
    const auto step = static_cast<std::size_t>(jump[i]);
    farthest = std::max(farthest, step >= n - 1 - i ? n - 1 : i + step);
    if (i == level_end) {  // the level is done: the next one is (level_end, farthest]
      if (farthest <= i) return std::nullopt;  // ... and it is empty
      ++jumps;
      level_end = farthest;
      if (level_end >= n - 1) break;
    }
  }
  return jumps;
}

// Cuts s into as many consecutive pieces as possible such that no character occurs in
// two pieces; returns the pieces' lengths in order (none for an empty s). A piece ends
// at the first index where every character seen in it has made its last appearance.
// O(n) time, O(1) space besides the answer (one slot per byte value).
inline std::vector<std::size_t> split_by_last_occurrence(std::string_view s) {
  std::array<std::size_t, 256> last{};
  for (std::size_t i = 0; i < s.size(); ++i) last[static_cast<unsigned char>(s[i])] = i;
  std::vector<std::size_t> pieces;
  std::size_t start = 0, end = 0;  // the open piece is s[start..], and cannot end before `end`
  for (std::size_t i = 0; i < s.size(); ++i) {
    end = std::max(end, last[static_cast<unsigned char>(s[i])]);
    if (i == end) {
      pieces.push_back(end - start + 1);
      start = i + 1;
    }
  }
  return pieces;
}

}  // namespace kata::patterns
