// Time:  O(n)
// Space: O(1)
// Invariant: while pivot moves left, nums[pivot + 1..n) is non-increasing;
//   swapping in the rightmost larger nums[j] keeps that tail non-increasing, so
//   reversing it gives its smallest order.

// Read from the right: the longest non-increasing tail is already the largest
// arrangement of its values, so the value just before it (the pivot) must grow.
// It is swapped with the rightmost tail value larger than it (the smallest such
// value), which leaves the tail non-increasing; reversing the tail with two
// indices closing in (kata::patterns::reverse_range in
// patterns/include/kata/patterns/two_pointers.hpp) makes it the smallest
// arrangement. No pivot: the whole array is the last arrangement and the
// reversal wraps it to the first.
class Solution {
 public:
  void nextPermutation(vector<int>& nums) {
    const int n = static_cast<int>(nums.size());
    int pivot = n - 2;
    while (pivot >= 0 && nums[pivot] >= nums[pivot + 1]) --pivot;
    if (pivot >= 0) {
      int j = n - 1;
      // stops: nums[pivot + 1] > nums[pivot]
      while (nums[j] <= nums[pivot]) --j;
      swap(nums[pivot], nums[j]);
    }
    for (int lo = pivot + 1, hi = n - 1; lo < hi; ++lo, --hi)
      swap(nums[lo], nums[hi]);
  }
};
