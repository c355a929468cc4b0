// Time:  O(log n)
// Space: O(1)
// Invariant: in each first_true call, pred is false below lo and true from hi
//   to the range's end; the first call lands on start, where the second run
//   begins, the second on target's slot in its run.
// Two searches with first_true's shape from
// patterns/include/kata/patterns/binary_search.hpp: first find where the two
// increasing runs meet, then search the run that can hold target.

class Solution {
 public:
  int search(vector<int>& nums, int target) {
    int n = static_cast<int>(nums.size());
    int last = nums[n - 1];
    // The second run is exactly the entries <= the last one; it
    // starts at the minimum.
    int start = first_true(0, n, [&](int i) { return nums[i] <= last; });
    int lo = target > last ? 0 : start, hi = target > last ? start : n;
    int i = first_true(lo, hi, [&](int j) { return nums[j] >= target; });
    return i < hi && nums[i] == target ? i : -1;
  }

 private:
  // The first i in [lo, hi) with pred(i), or hi; pred is monotone
  // (false..., true...).
  template <class Pred>
  static int first_true(int lo, int hi, Pred pred) {
    while (lo < hi) {  // invariant: pred is false below lo and true from hi on
      int mid = lo + (hi - lo) / 2;
      if (pred(mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
};
