// Time:  O(n)
// Space: O(1)
// Invariant: every index below lo holds 0, indices lo..mid-1 hold 1, every
//   index after hi holds 2, and only nums[mid..hi] is still unclassified.

// The three-way partition of kata::patterns::three_way_partition
// (patterns/include/kata/patterns/two_pointers.hpp) around the pivot 1, one
// pass: nums[0, lo) are 0, nums[lo, mid) are 1, nums[mid, hi] are not examined
// yet, and nums(hi, n) are 2. Each step shrinks the unexamined part by one.
class Solution {
 public:
  void sortColors(vector<int>& nums) {
    int lo = 0, mid = 0, hi = static_cast<int>(nums.size()) - 1;
    while (mid <= hi) {
      if (nums[mid] == 0)
        // what comes back from lo is a 1 (or mid itself)
        swap(nums[lo++], nums[mid++]);
      else if (nums[mid] == 2)
        // what comes in from hi is unexamined: mid stays
        swap(nums[mid], nums[hi--]);
      else
        ++mid;
    }
  }
};
