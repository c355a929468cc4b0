// Time:  O(n log n)
// Space: O(1)
// Invariant: crowded(v) is false for every v < lo and true at v = hi, so the
//   first crowded value, which is the duplicate, lies in [lo, hi].
// Binary search on the answer, first_true_in_values's shape from
// patterns/include/kata/patterns/binary_search.hpp: the first value v in [1, n]
// with more than v entries <= v. Below the duplicate that count is at most v
// (the values 1..v can each appear once); from the duplicate on it exceeds v.

class Solution {
 public:
  int findDuplicate(vector<int>& nums) {
    int n = static_cast<int>(nums.size()) - 1;
    // the answer exists in [lo, hi]: count(<= n) = n + 1 > n
    int lo = 1, hi = n;
    // invariant: crowded(v) is false for v < lo and true for v = hi
    while (lo < hi) {
      int mid = lo + (hi - lo) / 2;
      if (crowded(nums, mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

 private:
  // More than v entries are <= v.
  static bool crowded(const vector<int>& nums, int v) {
    int at_most = 0;
    for (int x : nums) at_most += x <= v;
    return at_most > v;
  }
};

// Time:  O(n)
// Space: O(1)
// Alternative: Floyd's cycle detection on i -> nums[i]. Index 0 is never a
// value, so the walk from 0 runs into a cycle, and two indices point at the
// cycle's entrance: that entrance is the duplicate.
class Solution2 {
 public:
  int findDuplicate(vector<int>& nums) {
    int slow = nums[0], fast = nums[nums[0]];
    while (slow != fast) {
      slow = nums[slow];
      fast = nums[nums[fast]];
    }
    slow = 0;
    while (slow != fast) {
      slow = nums[slow];
      fast = nums[fast];
    }
    return slow;
  }
};
