// Time:  O(n)
// Space: O(1)
// Invariant: every index in [0, reach] can be reached from index 0, and no
//   index before i can jump past reach.

// A reachability frontier, kata::patterns::farthest_reachable
// (patterns/include/kata/patterns/greedy.hpp): the indices reachable from 0 are
// always one unbroken range [0, reach], since an index that can jump to j can
// also jump to everything before j. Walking i through that range widens it to i
// + nums[i]; stepping past its end means nothing further can ever be reached.
class Solution {
 public:
  bool canJump(vector<int>& nums) {
    const int last = static_cast<int>(nums.size()) - 1;
    int reach = 0;  // 10^4 + 10^5 fits easily in an int
    for (int i = 0; i <= reach && reach < last; ++i)
      reach = max(reach, i + nums[i]);
    return reach >= last;
  }
};
