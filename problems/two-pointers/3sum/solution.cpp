// Time:  O(n^2)
// Space: O(log n) for the sort, besides the answer
// Invariant: for the fixed i, every pair in nums[i+1..] summing to -nums[i]
//   that is not yet in out sits at indices within [lo, hi]; out holds each
//   triple found so far exactly once.

// Sort, fix the smallest value nums[i], and find the pairs summing to -nums[i]
// in nums[i+1..] with opposite ends closing in, as
// kata::patterns::pairs_with_sum
// (patterns/include/kata/patterns/two_pointers.hpp) does. On a sorted range, a
// sum that is too small means the left value cannot pair with anything left of
// the right end, so it is dropped; too large, the right value is dropped.
// Duplicates are skipped where they would repeat a triple: the same first value
// again, and the same pair again after a match.
class Solution {
 public:
  vector<vector<int>> threeSum(vector<int>& nums) {
    sort(nums.begin(), nums.end());
    const int n = static_cast<int>(nums.size());
    vector<vector<int>> out;
    for (int i = 0; i + 2 < n; ++i) {
      // three positive values never sum to 0
      if (nums[i] > 0) break;
      // this first value was done already
      if (i > 0 && nums[i] == nums[i - 1]) continue;
      int lo = i + 1, hi = n - 1;
      while (lo < hi) {
        // |sum| <= 3 * 10^5: no overflow
        const int sum = nums[i] + nums[lo] + nums[hi];
        if (sum < 0) {
          ++lo;
        } else if (sum > 0) {
          --hi;
        } else {
          out.push_back({nums[i], nums[lo], nums[hi]});
          const int a = nums[lo], b = nums[hi];
          // the same pair would come again
          while (lo < hi && nums[lo] == a) ++lo;
          while (lo < hi && nums[hi] == b) --hi;
        }
      }
    }
    return out;
  }
};
