// Brute force: the subsets of n entries are the n-bit masks; bit i of the mask
// says whether nums[i] is in.
// Time:  O(n * 2^n)
// Space: O(1) besides the output

class Solution {
 public:
  vector<vector<int>> subsets(vector<int>& nums) {
    int n = static_cast<int>(nums.size());
    vector<vector<int>> result;
    for (int mask = 0; mask < (1 << n); ++mask) {
      vector<int> subset;
      for (int i = 0; i < n; ++i)
        if (mask & (1 << i)) subset.push_back(nums[i]);
      result.push_back(subset);
    }
    return result;
  }
};
