// Brute force: mark index 0 reachable, then from every reachable index mark each of
// the indices it can jump to, left to right (jumps only go forward, so an index is
// final once the scan arrives at it).
// Time:  O(n * m), m = the largest nums[i] (capped at n)
// Space: O(n)

class Solution {
 public:
  bool canJump(vector<int>& nums) {
    const size_t n = nums.size();
    vector<bool> reached(n, false);
    reached[0] = true;
    for (size_t i = 0; i < n; ++i) {
      if (!reached[i]) continue;
      for (size_t k = 1; k <= static_cast<size_t>(nums[i]) && i + k < n; ++k) reached[i + k] = true;
    }
    return reached[n - 1];
  }
};
