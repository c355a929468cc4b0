// Time:  O(n)
// Space: O(n)
// Invariant: bucket[c] lists exactly the values counted c times, and when the
//   loop reaches count c, out holds (up to k of) the values counted more often,
//   so none left out beats one taken.

// Bucket counting, as kata::patterns::frequency_buckets
// (patterns/include/kata/patterns/heap.hpp) does: count each value, then put
// each distinct value in the bucket of its count. A count is between 1 and n,
// so the buckets are an array of n + 1 lists, and reading them from the
// highest count down meets the values in order of decreasing count with no
// sorting at all. The answer is unique, so the k-th value taken never ties
// with one left behind.
class Solution {
 public:
  vector<int> topKFrequent(vector<int>& nums, int k) {
    unordered_map<int, int> count;
    count.reserve(nums.size());
    for (int x : nums) ++count[x];
    // bucket[c]: the values seen exactly c times
    vector<vector<int>> bucket(nums.size() + 1);
    for (const auto& [value, c] : count)
      bucket[static_cast<size_t>(c)].push_back(value);
    vector<int> out;
    out.reserve(static_cast<size_t>(k));
    for (size_t c = nums.size(); c > 0 && static_cast<int>(out.size()) < k; --c)
      for (int value : bucket[c]) {
        if (static_cast<int>(out.size()) == k) break;
        out.push_back(value);
      }
    return out;
  }
};
