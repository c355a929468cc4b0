// Brute force: keep a copy of the original grid; for every zero in the copy, clear
// its row and its column in the grid.
// Time:  O(mn (m + n))
// Space: O(mn)

class Solution {
 public:
  void setZeroes(vector<vector<int>>& matrix) {
    const vector<vector<int>> original = matrix;
    const size_t m = matrix.size(), n = matrix[0].size();
    for (size_t r = 0; r < m; ++r)
      for (size_t c = 0; c < n; ++c) {
        if (original[r][c] != 0) continue;
        for (size_t k = 0; k < n; ++k) matrix[r][k] = 0;
        for (size_t k = 0; k < m; ++k) matrix[k][c] = 0;
      }
  }
};
