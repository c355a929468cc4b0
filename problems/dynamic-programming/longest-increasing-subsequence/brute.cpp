// Brute force: longest[i] = the longest increasing subsequence that ends at i, found
// by looking back at every earlier, smaller element.
// Time:  O(n^2)
// Space: O(n)

class Solution {
 public:
  int lengthOfLIS(vector<int>& nums) {
    const size_t n = nums.size();
    vector<int> longest(n, 1);
    int best = 0;
    for (size_t i = 0; i < n; ++i) {
      for (size_t j = 0; j < i; ++j)
        if (nums[j] < nums[i]) longest[i] = max(longest[i], longest[j] + 1);
      best = max(best, longest[i]);
    }
    return best;
  }
};
