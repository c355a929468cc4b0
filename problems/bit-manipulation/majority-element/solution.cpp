// Time:  O(n)
// Space: O(1)
// Invariant: the values read so far split into votes unmatched copies of
//   candidate plus pairs of two different values, so a value filling more than
//   half of nums is the candidate at the end.

// Boyer-Moore voting, as kata::patterns::majority_candidate
// (patterns/include/kata/patterns/bit_manipulation.hpp) does: the same "pairs
// cancel" idea as XOR in Single Number, with pairs of *different* values.
// `votes` counts the copies of `candidate` not yet cancelled; each other value
// cancels one of them, or becomes the candidate when none is left. Every
// cancellation removes two different values, at most one of them the majority
// value, so fewer than half of its copies can ever be cancelled: it is the
// candidate standing at the end.
class Solution {
 public:
  int majorityElement(vector<int>& nums) {
    int candidate = nums[0], votes = 0;
    for (int x : nums) {
      if (votes == 0) candidate = x;
      votes += x == candidate ? 1 : -1;
    }
    // LeetCode promises a majority; otherwise a second pass would check it
    return candidate;
  }
};
