// Brute force: the fewest jumps to every index, relaxing every jump from every
// index in order (jumps only go forward, so an index's count is final once the
// scan reaches it).
// Time:  O(n * m), m = the largest nums[i] (capped at n)
// Space: O(n)

class Solution {
 public:
  int jump(vector<int>& nums) {
    const size_t n = nums.size();
    const int unreached = INT_MAX;
    vector<int> fewest(n, unreached);
    fewest[0] = 0;
    for (size_t i = 0; i < n; ++i) {
      if (fewest[i] == unreached) continue;
      for (size_t k = 1; k <= static_cast<size_t>(nums[i]) && i + k < n; ++k)
        fewest[i + k] = min(fewest[i + k], fewest[i] + 1);
    }
    return fewest[n - 1];
  }
};
