// Prefix sums: any range sum in O(1), and counting subarrays with a given sum via a hash of prefix counts.
//
// prefix[i] is the sum of the first i values (prefix[0] = 0), so the sum of
// values[l..r] is prefix[r + 1] - prefix[l]. A subarray ending at j sums to k
// exactly when some earlier prefix equals prefix[j + 1] - k; PrefixCounts keeps
// how many times each prefix sum has been seen so far, so a left-to-right scan
// counts every such subarray in O(n) expected time. Sums are long long: the
// sum of 10^5 ints can overflow int. PrefixCounts can also forget a sum, for
// scans that backtrack (the root-to-node paths of a tree).
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

namespace kata::patterns {

// prefix[i] = values[0] + ... + values[i - 1]; size values.size() + 1.
template <class T>
std::vector<long long> prefix_sums(const std::vector<T>& values) {
  std::vector<long long> prefix(values.size() + 1, 0);
  for (std::size_t i = 0; i < values.size(); ++i)
    prefix[i + 1] = prefix[i] + static_cast<long long>(values[i]);
  return prefix;
}

// The sum of values[left..right], both inclusive, from prefix_sums(values).
inline long long range_sum(const std::vector<long long>& prefix, std::size_t left,
                           std::size_t right) {
  return prefix[right + 1] - prefix[left];
}

// A multiset of the prefix sums seen so far.
class PrefixCounts {
 public:
  PrefixCounts() { seen_[0] = 1; }  // the empty prefix
  void add(long long sum) { ++seen_[sum]; }
  void remove(long long sum) {
    auto it = seen_.find(sum);
    if (it != seen_.end() && --it->second == 0) seen_.erase(it);
  }
  long long count(long long sum) const {
    auto it = seen_.find(sum);
    return it == seen_.end() ? 0 : it->second;
  }

 private:
  std::unordered_map<long long, long long> seen_;
};

// The number of non-empty contiguous subarrays of `values` summing to `target`.
template <class T>
long long count_subarrays_with_sum(const std::vector<T>& values, long long target) {
  PrefixCounts seen;
  long long sum = 0, found = 0;
  for (const T& v : values) {
    sum += static_cast<long long>(v);
    found += seen.count(sum - target);  // earlier prefixes p with sum - p == target
    seen.add(sum);
  }
  return found;
}

}  // namespace kata::patterns
