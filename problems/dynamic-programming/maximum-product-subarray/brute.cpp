// Brute force: the product of every subarray, extended one element at a time.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int maxProduct(vector<int>& nums) {
    const size_t n = nums.size();
    long long best = nums[0];
    for (size_t l = 0; l < n; ++l) {
      long long product = 1;
      for (size_t r = l; r < n; ++r) {
        product *= nums[r];
        best = max(best, product);
      }
    }
    return static_cast<int>(best);
  }
};
