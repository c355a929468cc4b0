// Time:  O(n) expected
// Space: O(n)
// Invariant: at the top of iteration i, seen maps each value in
//   nums[0..i-1] to an index holding it, and no two of those indices have
//   values summing to target.

// The one-pass "seen" map of kata::patterns::find_pair_with_sum
// (patterns/include/kata/patterns/hashing.hpp): each element asks whether its
// partner, target - x, was already passed, and only then records itself.
class Solution {
 public:
  vector<int> twoSum(vector<int>& nums, int target) {
    // value -> an index where it appeared, among nums[0..i-1]
    unordered_map<int, int> seen;
    seen.reserve(nums.size());
    for (int i = 0; i < static_cast<int>(nums.size()); ++i) {
      // |target - nums[i]| <= 2 * 10^9 < INT_MAX: no overflow
      // within the constraints.
      auto it = seen.find(target - nums[i]);
      if (it != seen.end()) return {it->second, i};
      seen[nums[i]] = i;  // after the lookup: nums[i] must not pair with itself
    }
    return {};  // unreachable: the input always holds one pair
  }
};
