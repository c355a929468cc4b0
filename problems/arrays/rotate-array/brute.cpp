// Brute force: do exactly what the statement says, k times: take the last element
// off and put it in front of the others.
// Time:  O(n k)
// Space: O(1)

class Solution {
 public:
  void rotate(vector<int>& nums, int k) {
    for (int step = 0; step < k; ++step) {
      const int last = nums.back();
      for (size_t i = nums.size() - 1; i > 0; --i) nums[i] = nums[i - 1];
      nums[0] = last;
    }
  }
};
