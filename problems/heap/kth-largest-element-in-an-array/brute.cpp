// Brute force: sort from largest to smallest and read position k.
// Time:  O(n log n)
// Space: O(log n)

class Solution {
 public:
  int findKthLargest(vector<int>& nums, int k) {
    sort(nums.begin(), nums.end(), greater<int>());
    return nums[k - 1];
  }
};
