// Time:  O(log n)
// Space: O(1)
// Invariant: every index below lo holds a value smaller than target and
//   every index from hi to the end holds one >= target, so when lo == hi it
//   is the insert position.

class Solution {
 public:
  int searchInsert(vector<int>& nums, int target) {
    // Find the first index whose value is >= target, in [0, n]; n if none.
    int lo = 0, hi = static_cast<int>(nums.size());
    while (lo < hi) {  // invariant: nums[< lo] < target <= nums[>= hi]
      int mid = lo + (hi - lo) / 2;
      if (nums[mid] >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
};
