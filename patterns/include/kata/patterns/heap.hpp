// Heap: keep only the few values a question is about, and have the next one to
// drop (or to hand out) always on top.
//
// Four tools for "the k largest", "the k-th largest", "the most frequent" and "the
// middle", used by the problems of the pattern:
// - top_k: a heap that never holds more than k values, with the weakest of them on
//   top. A newcomer that beats the top replaces it; at the end the heap holds the k
//   best. O(n log k) time, O(k) space (Kth Largest Element, Top K Frequent).
// - nth_smallest: quickselect. A random pivot splits the range three ways (below,
//   equal, above), and only the side holding position k is searched further.
//   Expected O(n) for every input: the random pivot defeats sorted inputs, and the
//   "equal" block ends the search at once on an array of equal values, where a
//   two-way split would lose one element per round (O(n^2)).
// - frequency_buckets / most_frequent / kth_largest_in_range: bucket counting.
//   When the keys are small integers (a count is at most n; a value may lie in a
//   short range), an array indexed by the key replaces the heap, and reading it
//   from the top lists the keys in order without any comparison: O(n + range).
// - RunningMedian: two heaps, a max-heap with the smaller half of the values and a
//   min-heap with the larger half, their sizes equal or the lower one ahead by one.
//   The median is read off the tops. O(log n) per add, O(1) per median.
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <queue>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kata::patterns {

// The min(k, n) best values of v, best first, where better(a, b) says that a ranks
// above b (the default, std::greater, asks for the largest). Equal values each
// count: top_k({5, 5, 4}, 2) is {5, 5}. One pass with a heap of at most k values
// whose top is the weakest kept so far. O(n log k) comparisons, O(k) extra space.
template <class T, class Better = std::greater<T>>
std::vector<T> top_k(const std::vector<T>& v, std::size_t k, Better better = {}) {
  if (k == 0) return {};
  // With `better` as its "less", a priority_queue has its *worst* value on top.
  std::priority_queue<T, std::vector<T>, Better> kept(better);
  for (const T& x : v) {
    if (kept.size() < k) {
      kept.push(x);
    } else if (better(x, kept.top())) {
      kept.pop();  // the weakest of the k leaves; x takes its place
      kept.push(x);
    }
  }
  std::vector<T> out;
  out.reserve(kept.size());
  for (; !kept.empty(); kept.pop()) out.push_back(kept.top());  // worst first
  std::reverse(out.begin(), out.end());
  return out;
}

// Rearranges v so that v[k] holds the value sorted order would put there, every
// value before it is <= v[k] and every value after it is >= v[k]; returns v[k].
// Requires k < v.size(). Quickselect with a random pivot (from `seed`: the same seed
// gives the same steps) and a three-way partition. Expected O(n) comparisons for
// every input, all values equal included; O(1) extra space.
template <class T>
T nth_smallest(std::vector<T>& v, std::size_t k, std::uint64_t seed = 0x9E3779B97F4A7C15ULL) {
  assert(k < v.size());
  std::uint64_t state = seed | 1;  // xorshift64 must not start at 0
  auto random_below = [&state](std::size_t bound) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<std::size_t>(state % bound);
  };
  std::size_t lo = 0, hi = v.size();  // position k lies in [lo, hi); outside it, v is final
  while (true) {
    const T pivot = v[lo + random_below(hi - lo)];
    // v[lo, lt) < pivot, v[lt, mid) == pivot, v[mid, gt) unexamined, v[gt, hi) > pivot
    std::size_t lt = lo, mid = lo, gt = hi;
    while (mid < gt) {
      if (v[mid] < pivot) {
        std::swap(v[lt++], v[mid++]);
      } else if (pivot < v[mid]) {
        std::swap(v[mid], v[--gt]);  // the value arriving at mid is unexamined: mid stays
      } else {
        ++mid;
      }
    }
    if (k < lt) {
      hi = lt;
    } else if (k >= gt) {
      lo = gt;
    } else {
      return v[k];  // k is in the block equal to the pivot (never empty: it holds the pivot)
    }
  }
}

// Bucket counting by frequency: the result has v.size() + 1 buckets, and bucket c
// lists the distinct values of v that occur exactly c times, each once, in the
// order of their first occurrence (bucket 0 stays empty). A count is at most n, so
// the buckets need no sorting to be read in order of frequency. O(n) expected.
template <class T, class Hash = std::hash<T>>
std::vector<std::vector<T>> frequency_buckets(const std::vector<T>& v) {
  std::unordered_map<T, std::size_t, Hash> count;
  count.reserve(v.size());
  for (const T& x : v) ++count[x];
  std::vector<std::vector<T>> buckets(v.size() + 1);
  for (const T& x : v) {
    auto it = count.find(x);
    if (it->second == 0) continue;  // placed already
    buckets[it->second].push_back(x);
    it->second = 0;
  }
  return buckets;
}

// The min(k, d) most frequent of the d distinct values of v, most frequent first;
// among equal counts, the one that occurs first in v comes first. Reads
// frequency_buckets from the highest count down. O(n) expected.
template <class T, class Hash = std::hash<T>>
std::vector<T> most_frequent(const std::vector<T>& v, std::size_t k) {
  const auto buckets = frequency_buckets<T, Hash>(v);
  std::vector<T> out;
  for (std::size_t c = buckets.size(); c-- > 1 && out.size() < k;)
    for (const T& x : buckets[c]) {
      if (out.size() == k) break;
      out.push_back(x);
    }
  return out;
}

// The k-th largest value of v (k from 1 to v.size()), when every value lies in
// [lo, hi]: count each value in an array indexed by value - lo, then walk down from
// hi until k values have been passed. O(n + (hi - lo)) time, O(hi - lo) space; the
// choice when the range is short (Kth Largest Element's values are in
// [-10^4, 10^4]).
inline int kth_largest_in_range(const std::vector<int>& v, std::size_t k, int lo, int hi) {
  assert(k >= 1 && k <= v.size() && lo <= hi);
  std::vector<std::size_t> count(static_cast<std::size_t>(static_cast<long long>(hi) - lo) + 1);
  for (int x : v) {
    assert(lo <= x && x <= hi);
    ++count[static_cast<std::size_t>(static_cast<long long>(x) - lo)];
  }
  std::size_t passed = 0;
  for (std::size_t i = count.size(); i-- > 0;) {
    passed += count[i];
    if (passed >= k) return static_cast<int>(static_cast<long long>(lo) + static_cast<long long>(i));
  }
  assert(false && "k is larger than v.size()");
  return lo;
}

// The median of a growing collection. `low_` (a max-heap) holds the smaller half of
// the values, `high_` (a min-heap) the larger half; every value of low_ is <= every
// value of high_, and low_ has as many values as high_ or one more. add() is
// O(log n), median() O(1).
template <class T>
class RunningMedian {
 public:
  void add(const T& x) {
    low_.push(x);
    high_.push(low_.top());  // the largest of the lower half crosses: the order holds
    low_.pop();
    if (high_.size() > low_.size()) {  // restore the sizes
      low_.push(high_.top());
      high_.pop();
    }
  }

  std::size_t size() const { return low_.size() + high_.size(); }
  bool empty() const { return low_.empty(); }

  // The middle value (odd count) or the average of the two middle values (even
  // count), as a double. Requires !empty().
  double median() const {
    assert(!empty());
    if (low_.size() > high_.size()) return static_cast<double>(low_.top());
    return (static_cast<double>(low_.top()) + static_cast<double>(high_.top())) / 2.0;
  }

  // The lower middle value: the ((size() + 1) / 2)-th smallest. Requires !empty().
  const T& lower_middle() const {
    assert(!empty());
    return low_.top();
  }

 private:
  std::priority_queue<T> low_;
  std::priority_queue<T, std::vector<T>, std::greater<T>> high_;
};

}  // namespace kata::patterns
