// Brute force: compare every pair of entries until two are equal.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int findDuplicate(vector<int>& nums) {
    for (size_t i = 0; i < nums.size(); ++i)
      for (size_t j = i + 1; j < nums.size(); ++j)
        if (nums[i] == nums[j]) return nums[i];
    return -1;  // unreachable for valid inputs
  }
};
