// Brute force: every subset of the houses as a bit mask; a mask with two adjacent
// bits set (mask & (mask >> 1)) robs two neighbours and is skipped. The answer is the
// largest total over the masks that remain.
// Time:  O(2^n * n)
// Space: O(1)

class Solution {
 public:
  int rob(vector<int>& nums) {
    const int n = static_cast<int>(nums.size());
    int best = 0;
    for (long long mask = 0; mask < (1LL << n); ++mask) {
      if (mask & (mask >> 1)) continue;
      int total = 0;
      for (int i = 0; i < n; ++i)
        if (mask >> i & 1) total += nums[i];
      best = max(best, total);
    }
    return best;
  }
};
