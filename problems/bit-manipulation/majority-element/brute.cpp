// Brute force: for each value, count its occurrences in the whole array, until one
// occurs more than n / 2 times.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int majorityElement(vector<int>& nums) {
    for (int x : nums)
      if (count(nums.begin(), nums.end(), x) > static_cast<long>(nums.size()) / 2) return x;
    return 0;  // unreachable: a majority element exists
  }
};
