// Brute force: scan every index and remember the first and last that hold target.
// Time:  O(n)
// Space: O(1)

class Solution {
 public:
  vector<int> searchRange(vector<int>& nums, int target) {
    int first = -1, last = -1;
    for (int i = 0; i < static_cast<int>(nums.size()); ++i) {
      if (nums[i] != target) continue;
      if (first == -1) first = i;
      last = i;
    }
    return {first, last};
  }
};
