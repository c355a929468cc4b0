// Brute force: every subset as a bit mask; the split works when some subset holds
// exactly half of the total.
// Time:  O(2^n * n)
// Space: O(1)

class Solution {
 public:
  bool canPartition(vector<int>& nums) {
    const int n = static_cast<int>(nums.size());
    long long total = 0;
    for (int x : nums) total += x;
    for (long long mask = 0; mask < (1LL << n); ++mask) {
      long long part = 0;
      for (int i = 0; i < n; ++i)
        if (mask >> i & 1) part += nums[i];
      if (2 * part == total) return true;
    }
    return false;
  }
};
