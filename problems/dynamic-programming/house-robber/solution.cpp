// Time:  O(n)
// Space: O(1)
// Invariant: after each house, last is the most money from the houses read
//   so far and before the most from all of them but the latest, never
//   robbing two neighbours.

// State: best[i] = the most money from the first i houses. Transition, on
// house i - 1: skip it (best[i - 1]) or rob it, which rules out house i - 2
// (best[i - 2] + nums[i - 1]); best[i] is the larger. Base: best[0] = 0, and
// best[-1] = 0 behaves the same for the first house. Each value reads only the
// two before it, so the table rolls down to two scalars.
class Solution {
 public:
  int rob(vector<int>& nums) {
    int before = 0, last = 0;  // best[i - 2], best[i - 1]
    for (int money : nums) {
      int here = max(last, before + money);
      before = last;
      last = here;
    }
    return last;
  }
};
