// Brute force: walk from the left until a value is not smaller than target.
// Time:  O(n)
// Space: O(1)

class Solution {
 public:
  int searchInsert(vector<int>& nums, int target) {
    int i = 0;
    while (i < static_cast<int>(nums.size()) && nums[i] < target) ++i;
    return i;
  }
};
