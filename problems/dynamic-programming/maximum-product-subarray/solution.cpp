// Time:  O(n)
// Space: O(1)
// Invariant: after index i, hi and lo are the largest and smallest products of
//   a subarray ending exactly at nums[i], and best is the largest product of
//   any subarray of nums[0..i].

// State: the largest and the smallest product of a subarray that ends at
// index i. Transition: extend the previous one by nums[i], or start afresh
// at nums[i]; a negative nums[i] turns the smallest product into the
// largest, so keep both. Rolling: only the state at i - 1 is needed, so two
// variables replace the table.
class Solution {
 public:
  int maxProduct(vector<int>& nums) {
    int hi = nums[0], lo = nums[0], best = nums[0];
    for (size_t i = 1; i < nums.size(); ++i) {
      int x = nums[i];
      if (x < 0) swap(hi, lo);  // multiplying by x < 0 flips the order
      // Every product here is a subarray's, so it fits in int by the
      // problem's guarantee.
      hi = max(x, hi * x);
      lo = min(x, lo * x);
      best = max(best, hi);  // invariant: best = the answer for nums[0..i]
    }
    return best;
  }
};
