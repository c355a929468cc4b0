// Brute force: scan every window for its maximum.
// Time:  O(n * k)
// Space: O(1) besides the answer

class Solution {
 public:
  vector<int> maxSlidingWindow(vector<int>& nums, int k) {
    vector<int> maxima;
    for (size_t i = 0; i + k <= nums.size(); ++i)
      maxima.push_back(*max_element(nums.begin() + i, nums.begin() + i + k));
    return maxima;
  }
};
