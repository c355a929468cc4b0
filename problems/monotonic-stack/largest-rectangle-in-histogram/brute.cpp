// Brute force: every range [l, r] of bars, with the lowest bar in it as the height.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int largestRectangleArea(vector<int>& heights) {
    const int n = static_cast<int>(heights.size());
    long long best = 0;
    for (int l = 0; l < n; ++l) {
      long long lowest = heights[l];
      for (int r = l; r < n; ++r) {
        lowest = min<long long>(lowest, heights[r]);
        best = max(best, lowest * (r - l + 1));
      }
    }
    return static_cast<int>(best);
  }
};
