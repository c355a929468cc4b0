// Brute force: copy the non-zero values into a new array, pad it with as many zeros
// as were skipped, and copy it back.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  void moveZeroes(vector<int>& nums) {
    vector<int> out;
    for (int x : nums)
      if (x != 0) out.push_back(x);
    out.resize(nums.size(), 0);
    nums = out;
  }
};
