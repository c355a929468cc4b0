// Time:  O(n) to build, O(1) per sumRange
// Space: O(n)
// Invariant: prefix_[i] equals nums[0] + ... + nums[i - 1] for every i in [0,
//   n]; it is filled once by the constructor and never changes, so any range
//   sum is one difference.

// Prefix sums as in patterns/include/kata/patterns/prefix_sum.hpp (prefix_sums,
// range_sum); every prefix sum fits in int: |sum| <= 10^4 * 10^5 = 10^9.
class NumArray {
 public:
  explicit NumArray(vector<int>& nums) : prefix_(nums.size() + 1, 0) {
    for (size_t i = 0; i < nums.size(); ++i)
      prefix_[i + 1] = prefix_[i] + nums[i];
  }

  int sumRange(int left, int right) {
    return prefix_[right + 1] - prefix_[left];
  }

 private:
  vector<int> prefix_;  // prefix_[i] = nums[0] + ... + nums[i - 1]
};
