// Time:  O(n)
// Space: O(1)
// Invariant: at the top of the loop for i, before is ways[i - 2] and
//   last is ways[i - 1], the numbers of 1-or-2-step sequences that end
//   exactly on those steps.

// State: ways[i] = the number of move sequences that end exactly on step i.
// Transition: the last move was one step (from i - 1) or two (from i - 2), and
// the two groups do not overlap, so ways[i] = ways[i - 1] + ways[i - 2]. Base:
// ways[0] = 1 (the empty sequence), ways[1] = 1. Each value reads only the two
// before it, so the table rolls down to two scalars (the end of "Rolling
// arrays" in the note).
class Solution {
 public:
  int climbStairs(int n) {
    int before = 1, last = 1;  // ways[i - 2], ways[i - 1] for i = 2
    for (int i = 2; i <= n; ++i) {
      int here = last + before;  // ways[45] = 1836311903 still fits in an int
      before = last;
      last = here;
    }
    return last;
  }
};
