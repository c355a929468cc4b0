// Brute force: the library sort, which the statement does not allow a solution to
// use, but which is obviously right.
// Time:  O(n log n)
// Space: O(log n)

class Solution {
 public:
  void sortColors(vector<int>& nums) { sort(nums.begin(), nums.end()); }
};
