// Brute force: look at every entry and keep the smallest.
// Time:  O(n)
// Space: O(1)

class Solution {
 public:
  int findMin(vector<int>& nums) {
    int best = nums[0];
    for (int x : nums) best = min(best, x);
    return best;
  }
};
