// Time:  O(n)
// Space: O(1)
// Invariant: [0, level_end] is exactly the set of indices reachable with at
//   most jumps jumps, and farthest is the farthest index one jump away from any
//   index scanned so far.

// BFS by levels over a range, kata::patterns::fewest_jumps
// (patterns/include/kata/patterns/greedy.hpp): the indices first reachable with
// d jumps form a contiguous range, so a level is just its last index. While the
// scan walks through the current level it records the farthest index any of
// them can reach; that is where the next level ends. Each time the scan
// finishes a level, one more jump is needed. The end is reachable (LeetCode
// promises it), so a level is never empty.
class Solution {
 public:
  int jump(vector<int>& nums) {
    const int last = static_cast<int>(nums.size()) - 1;
    int jumps = 0, level_end = 0, farthest = 0;
    // never at `last` itself: no jump is needed from there
    for (int i = 0; i < last; ++i) {
      farthest = max(farthest, i + nums[i]);
      if (i == level_end) {  // the level of `jumps` jumps is done
        ++jumps;
        level_end = farthest;
        if (level_end >= last) break;
      }
    }
    return jumps;
  }
};
