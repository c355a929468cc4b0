// Brute force: for each value, count its occurrences in the whole array.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int singleNumber(vector<int>& nums) {
    for (int x : nums)
      if (count(nums.begin(), nums.end(), x) == 1) return x;
    return 0;  // unreachable: one value occurs once
  }
};
