// Time:  O(n) expected
// Space: O(n)
// Invariant: best is the longest run among those whose smallest value
//   (v with no v - 1 in present) has been scanned; during a walk, v ..
//   v + length - 1 are all in present.

// The run-start scan of kata::patterns::longest_consecutive_run
// (patterns/include/kata/patterns/hashing.hpp): put the values in a hash set; a
// run is walked upwards only from its smallest value (the one whose predecessor
// is absent), so every distinct value is stepped on at most once by a walk.
class Solution {
 public:
  int longestConsecutive(vector<int>& nums) {
    unordered_set<int> present(nums.begin(), nums.end());
    int best = 0;
    // the set, not nums: a repeated run start would be walked again
    for (int v : present) {
      if (present.count(v - 1)) continue;  // v - 1 >= -10^9 - 1: no overflow
      int length = 1;
      while (present.count(v + length)) ++length;  // v + length <= 10^9 + 1
      best = max(best, length);
    }
    return best;
  }
};
