// Brute force: above each bar the water rises to the lower of the highest bar on
// its left and the highest on its right (both including itself), found by scanning.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int trap(vector<int>& height) {
    const int n = static_cast<int>(height.size());
    long long water = 0;
    for (int i = 0; i < n; ++i) {
      int left = 0, right = 0;
      for (int j = 0; j <= i; ++j) left = max(left, height[j]);
      for (int j = i; j < n; ++j) right = max(right, height[j]);
      water += min(left, right) - height[i];
    }
    return static_cast<int>(water);
  }
};
