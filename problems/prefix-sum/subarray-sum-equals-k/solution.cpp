// Time:  O(n)
// Space: O(n)
// Invariant: at the lookup for index i, sum is the total of nums[0..i], seen
//   counts the sums of the prefixes nums[0, t) for t <= i, and found counts the
//   subarrays ending before i that sum to k.

// Counting subarrays with a given sum as in
// patterns/include/kata/patterns/prefix_sum.hpp (count_subarrays_with_sum: a
// hash of how often each prefix sum has been seen).
class Solution {
 public:
  int subarraySum(vector<int>& nums, int k) {
    // prefix sum -> how many prefixes have it
    unordered_map<int, int> seen{{0, 1}};
    int sum = 0, found = 0;  // |sum| <= 2 * 10^7: int is enough
    for (int x : nums) {
      sum += x;
      // Subarrays ending here that sum to k start right after
      // a prefix of sum - k.
      auto it = seen.find(sum - k);
      if (it != seen.end()) found += it->second;
      ++seen[sum];
    }
    return found;
  }
};
