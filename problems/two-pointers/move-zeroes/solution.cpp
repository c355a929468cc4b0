// Time:  O(n)
// Space: O(1)
// Invariant: nums[0, write) holds the non-zero values of nums[0, read) in their
//   original order, and nums[write, read) holds only zeros.

// The slow/fast write pointer of kata::patterns::keep_front
// (patterns/include/kata/patterns/two_pointers.hpp): `read` visits every
// element, nums[0, write) holds the non-zero values met so far, in order. A
// non-zero value is swapped down to `write`, so the zeros it passes drift to
// the back. Only non-zero values that must move cost a swap.
class Solution {
 public:
  void moveZeroes(vector<int>& nums) {
    size_t write = 0;
    for (size_t read = 0; read < nums.size(); ++read) {
      if (nums[read] == 0) continue;
      // nums[write] is 0 here
      if (read != write) swap(nums[write], nums[read]);
      ++write;
    }
  }
};
