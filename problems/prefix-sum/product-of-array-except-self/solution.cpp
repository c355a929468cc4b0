// Time:  O(n)
// Space: O(1) besides the answer
// Invariant: in the second loop, just before answer[i] is multiplied, answer[i]
//   is the product of nums[0..i-1] and suffix is the product of nums[i+1..n-1].

// Prefix sums as in patterns/include/kata/patterns/prefix_sum.hpp, with
// products: answer[i] = (product of nums[0..i-1]) * (product of
// nums[i+1..n-1]).
class Solution {
 public:
  vector<int> productExceptSelf(vector<int>& nums) {
    int n = static_cast<int>(nums.size());
    vector<int> answer(n, 1);
    // prefix products
    for (int i = 1; i < n; ++i) answer[i] = answer[i - 1] * nums[i - 1];
    int suffix = 1;  // invariant: suffix == product of nums[i+1..n-1]
    for (int i = n - 1; i >= 0; --i) {
      answer[i] *= suffix;
      suffix *= nums[i];
    }
    return answer;
  }
};
