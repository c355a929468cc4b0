// Time:  O(log n)
// Space: O(1)
// Invariant: every index below lo holds a value greater than last and
//   nums[hi] <= last, so the first index with a value <= last, where the
//   minimum sits, lies in [lo, hi].
// first_true's shape from
// patterns/include/kata/patterns/binary_search.hpp: the minimum is the
// first entry that is <= the last entry (the start of the second run).

class Solution {
 public:
  int findMin(vector<int>& nums) {
    int last = nums.back();
    // nums[hi] <= last holds from the start, so the answer is in [lo, hi].
    int lo = 0, hi = static_cast<int>(nums.size()) - 1;
    while (lo < hi) {  // invariant: nums[< lo] > last, nums[hi] <= last
      int mid = lo + (hi - lo) / 2;
      if (nums[mid] <= last) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return nums[lo];
  }
};
