// Time:  O(n)
// Space: O(1)
// Invariant: after index i, ending_here is the largest sum of a subarray ending
//   exactly at i, and best is the largest sum of any subarray of nums[0..i].

// Kadane's algorithm, kata::patterns::best_range
// (patterns/include/kata/patterns/greedy.hpp): the best sum of a subarray that
// ends at i is nums[i] plus the best sum ending at i - 1 when that is
// positive, and nums[i] alone otherwise; a prefix with a sum <= 0 can only
// pull down whatever follows it, so it is dropped for good. The answer is the
// best of these n sums. Every sum stays within 10^5 * 10^4 = 10^9 in absolute
// value: int is enough.
class Solution {
 public:
  int maxSubArray(vector<int>& nums) {
    int ending_here = nums[0], best = nums[0];
    for (size_t i = 1; i < nums.size(); ++i) {
      ending_here = max(ending_here, 0) + nums[i];
      best = max(best, ending_here);
    }
    return best;
  }
};
