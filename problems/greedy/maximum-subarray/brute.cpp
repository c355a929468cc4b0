// Brute force: every start, and from it every end, with a running sum.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int maxSubArray(vector<int>& nums) {
    long long best = nums[0];
    for (size_t first = 0; first < nums.size(); ++first) {
      long long sum = 0;
      for (size_t last = first; last < nums.size(); ++last) {
        sum += nums[last];
        best = max(best, sum);
      }
    }
    return static_cast<int>(best);
  }
};
