// Two pointers: two indices into one array, each moving in one direction only, so a
// whole pass costs O(n) steps however the work is shared between them.
//
// Three shapes, used by the problems of the pattern:
// - keep_front (slow/fast, "write" and "read"): `read` visits every element once,
//   `write` marks the end of the kept prefix. An element to keep is swapped to
//   `write`, so the kept elements end up at the front in their original order and
//   the others behind them, with nothing copied out (Move Zeroes).
// - three_way_partition (Dijkstra's Dutch national flag): three boundaries split the
//   array into "less", "equal", "not looked at yet" and "greater"; each step shrinks
//   the unknown part by one (Sort Colors).
// - close_in (opposite ends): i starts at the left end, j at the right end, and a
//   step moves one of them inwards; the caller decides which, from an argument that
//   the pair it gives up on cannot be the answer (Container With Most Water).
//   pairs_with_sum is close_in over a sorted range: every pair of values with a given
//   sum, each pair of values once however often they repeat (3Sum). reverse_range
//   is the plainest closing-in: swap the ends, step both (Next Permutation).
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace kata::patterns {

// Moves the elements x with keep(x) to the front of v, in their original order, and
// returns how many there are. The other elements end up behind them, in some order
// (all of them, nothing is lost: only swaps are used). O(n) calls of keep, at most
// one swap per kept element.
template <class T, class Keep>
std::size_t keep_front(std::vector<T>& v, Keep&& keep) {
  std::size_t write = 0;  // v[0, write) holds the kept elements seen so far, in order
  for (std::size_t read = 0; read < v.size(); ++read) {
    if (!keep(v[read])) continue;
    if (read != write) std::swap(v[write], v[read]);
    ++write;
  }
  return write;
}

// The boundaries left by three_way_partition: v[0, less) < pivot,
// v[less, greater) == pivot, v[greater, n) > pivot.
struct ThreeWay {
  std::size_t less = 0;
  std::size_t greater = 0;
  friend bool operator==(const ThreeWay&, const ThreeWay&) = default;
};

// Rearranges v into the elements below pivot, then those equal to it, then those
// above it, in one pass of at most n comparisons with pivot (twice each) and at most
// n swaps. Not stable.
template <class T>
ThreeWay three_way_partition(std::vector<T>& v, const T& pivot) {
  // v[0, lt) < pivot, v[lt, mid) == pivot, v[mid, gt) not examined, v[gt, n) > pivot
  std::size_t lt = 0, mid = 0, gt = v.size();
  while (mid < gt) {
    if (v[mid] < pivot) {
      std::swap(v[lt++], v[mid++]);  // v[lt] was == pivot (or lt == mid): mid may advance
    } else if (pivot < v[mid]) {
      std::swap(v[mid], v[--gt]);  // the element arriving at mid is unexamined: mid stays
    } else {
      ++mid;
    }
  }
  return ThreeWay{lt, gt};
}

// What a close_in step does next: give up on the left index (++i), on the right
// index (--j), or end the walk.
enum class Step { drop_left, drop_right, stop };

// Visits pairs (i, j), i < j, of indices into [0, n), starting with (0, n - 1).
// step(i, j) returns Step::drop_left (++i), Step::drop_right (--j) or Step::stop;
// the walk also ends when i meets j. At most n - 1 calls; none when n < 2. Dropping
// i skips every pair (i, k) with k < j not yet visited: the caller owns the argument
// that none of them can be the answer.
template <class StepFn>
void close_in(std::size_t n, StepFn&& step) {
  if (n < 2) return;
  std::size_t i = 0, j = n - 1;
  while (i < j) {
    const Step s = step(i, j);
    if (s == Step::stop) return;
    if (s == Step::drop_left)
      ++i;
    else
      --j;
  }
}

// Every pair of values (v[i], v[j]), first <= i < j < last, with
// v[i] + v[j] == target, in increasing order of the smaller value; each pair of
// values once, however often it occurs. v[first, last) must be sorted ascending.
// Sums are taken in long long. O(last - first).
template <class T>
std::vector<std::pair<T, T>> pairs_with_sum(const std::vector<T>& v, std::size_t first,
                                            std::size_t last, long long target) {
  std::vector<std::pair<T, T>> out;
  if (last > v.size() || first >= last || last - first < 2) return out;
  std::size_t i = first, j = last - 1;
  while (i < j) {
    const long long sum = static_cast<long long>(v[i]) + static_cast<long long>(v[j]);
    if (sum < target) {
      ++i;  // v[i] with anything left of j is smaller still: v[i] pairs with nobody
    } else if (sum > target) {
      --j;  // symmetrically, v[j] pairs with nobody
    } else {
      out.emplace_back(v[i], v[j]);
      const T a = v[i], b = v[j];
      while (i < j && v[i] == a) ++i;  // skip repeats: the same pair of values again
      while (i < j && v[j] == b) --j;
    }
  }
  return out;
}

// Reverses v[first, last] (both inclusive; nothing when first >= last) by swapping
// the two ends and stepping both inwards.
template <class T>
void reverse_range(std::vector<T>& v, std::size_t first, std::size_t last) {
  while (first < last) std::swap(v[first++], v[last--]);
}

}  // namespace kata::patterns
