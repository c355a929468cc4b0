// Brute force: try every pair of positions i < j.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  vector<int> twoSum(vector<int>& nums, int target) {
    int n = static_cast<int>(nums.size());
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j)
        if (static_cast<long long>(nums[i]) + nums[j] == target) return {i, j};
    return {};
  }
};
