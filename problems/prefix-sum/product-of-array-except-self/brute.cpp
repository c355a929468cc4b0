// Brute force: for every index, multiply all the other elements.
// Time:  O(n^2)
// Space: O(1) besides the answer

class Solution {
 public:
  vector<int> productExceptSelf(vector<int>& nums) {
    int n = static_cast<int>(nums.size());
    vector<int> answer(n);
    for (int i = 0; i < n; ++i) {
      long long product = 1;
      for (int j = 0; j < n; ++j)
        if (j != i) product *= nums[j];
      answer[i] = static_cast<int>(product);
    }
    return answer;
  }
};
