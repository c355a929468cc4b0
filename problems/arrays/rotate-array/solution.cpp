// Time:  O(n)
// Space: O(1)
// Invariant: after the whole-array reverse, nums[0, k) holds the old last k
//   values and nums[k, n) the old first n - k, each block backwards; reversing
//   each block in place puts it right.

// Rotation by three reversals, kata::patterns::rotate_right_by_reversals
// (patterns/include/kata/patterns/arrays.hpp). Only k mod n matters. The answer
// is the last k elements, then the first n - k. Reversing the whole array puts
// the two blocks in that order, each one backwards; reversing each block on its
// own puts it the right way round again.
class Solution {
 public:
  void rotate(vector<int>& nums, int k) {
    const int n = static_cast<int>(nums.size());
    k %= n;
    reverse(nums.begin(), nums.end());
    reverse(nums.begin(), nums.begin() + k);
    reverse(nums.begin() + k, nums.end());
  }
};
