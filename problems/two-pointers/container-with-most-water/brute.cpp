// Brute force: measure every pair of walls.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int maxArea(vector<int>& height) {
    const size_t n = height.size();
    long long best = 0;
    for (size_t i = 0; i < n; ++i)
      for (size_t j = i + 1; j < n; ++j)
        best = max(best, static_cast<long long>(min(height[i], height[j])) * static_cast<long long>(j - i));
    return static_cast<int>(best);
  }
};
