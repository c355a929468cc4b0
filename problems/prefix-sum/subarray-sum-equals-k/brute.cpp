// Brute force: try every start, extend the end one element at a time, and count
// the sums equal to k.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int subarraySum(vector<int>& nums, int k) {
    int n = static_cast<int>(nums.size()), found = 0;
    for (int i = 0; i < n; ++i) {
      long long sum = 0;
      for (int j = i; j < n; ++j) {
        sum += nums[j];
        if (sum == k) ++found;
      }
    }
    return found;
  }
};
