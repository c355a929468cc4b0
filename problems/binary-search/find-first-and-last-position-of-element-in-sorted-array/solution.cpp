// Time:  O(log n)
// Space: O(1)
// Invariant: inside first_true, pred is false at every index of the range below
//   lo and true at every index from hi to the range's end, so when lo meets hi
//   it is the first true index.
// Two searches with first_true's shape from
// patterns/include/kata/patterns/binary_search.hpp: the block of target is
// [first index with value >= target, first index with value > target).

class Solution {
 public:
  vector<int> searchRange(vector<int>& nums, int target) {
    int n = static_cast<int>(nums.size());
    int first = first_true(0, n, [&](int i) { return nums[i] >= target; });
    if (first == n || nums[first] != target) return {-1, -1};
    int past = first_true(first, n, [&](int i) { return nums[i] > target; });
    return {first, past - 1};
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
