// Time:  O(n) expected
// Space: O(1)
// Invariant: target is in [lo, hi), with values before lo <= and values from hi
//   on >= all of nums[lo, hi); partitioning keeps nums[lo, lt) below pivot,
//   nums[lt, mid) equal to it, nums[gt, hi) above it.

// Quickselect with a three-way partition, as kata::patterns::nth_smallest
// (patterns/include/kata/patterns/heap.hpp) does. The k-th largest is the value
// at index n - k of the sorted array. Each round picks a random pivot from the
// part still in play, splits that part into < pivot, == pivot and > pivot, and
// either stops (the index is in the "equal" block) or continues on the one side
// that holds the index. A random pivot halves the part on average whatever the
// input (the expectation is over the pivots, not over inputs), and the "equal"
// block ends the search at once on an array of equal values, where a two-way
// split would lose only one element per round.
class Solution {
 public:
  int findKthLargest(vector<int>& nums, int k) {
    // its index in ascending order
    const int target = static_cast<int>(nums.size()) - k;
    // the part in play: [lo, hi)
    int lo = 0, hi = static_cast<int>(nums.size());
    // a fixed seed: runs repeat exactly
    uint64_t state = 0x9E3779B97F4A7C15ULL;
    // xorshift64, then a value in [0, bound)
    auto random_below = [&](int bound) {
      state ^= state << 13, state ^= state >> 7, state ^= state << 17;
      return static_cast<int>(state % static_cast<uint64_t>(bound));
    };
    while (true) {
      const int pivot = nums[lo + random_below(hi - lo)];
      // nums[lo, lt) < pivot, nums[lt, mid) == pivot, nums[mid, gt) unexamined,
      // nums[gt, hi) > pivot
      int lt = lo, mid = lo, gt = hi;
      while (mid < gt) {
        if (nums[mid] < pivot)
          swap(nums[lt++], nums[mid++]);
        else if (nums[mid] > pivot)
          swap(nums[mid], nums[--gt]);
        else
          ++mid;
      }
      if (target < lt)
        hi = lt;
      else if (target >= gt)
        lo = gt;
      // the index lies in the block of values equal to the pivot
      else
        return pivot;
    }
  }
};
