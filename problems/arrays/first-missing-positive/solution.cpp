// Time:  O(n)
// Space: O(1)
// Invariant: a slot j that holds j + 1 is never written again, and once the
//   while loop for i stops, nums[i] is outside [1, n] or its value v is
//   already at nums[v - 1].

// The array's own indices as a hash, kata::patterns::first_missing_positive
// (patterns/include/kata/patterns/arrays.hpp). The answer is at most n + 1, so
// only values in [1, n] matter. Cyclic placement swaps each such value v to
// index v - 1, its home. Each swap settles one value at its home for good (the
// loop stops when the home already holds v, which also stops copies of v from
// swapping forever), so there are at most n swaps in all. Then the first index
// i not holding i + 1 names the answer.
class Solution {
 public:
  int firstMissingPositive(vector<int>& nums) {
    const int n = static_cast<int>(nums.size());
    for (int i = 0; i < n; ++i)
      while (nums[i] >= 1 && nums[i] <= n && nums[nums[i] - 1] != nums[i])
        swap(nums[i], nums[nums[i] - 1]);
    for (int i = 0; i < n; ++i)
      if (nums[i] != i + 1) return i + 1;
    return n + 1;
  }
};
