// Brute force: build the turned image in a second grid, straight from the formula
// "the element at (i, j) goes to (j, n - 1 - i)", then copy it back.
// Time:  O(n^2)
// Space: O(n^2)

class Solution {
 public:
  void rotate(vector<vector<int>>& matrix) {
    const size_t n = matrix.size();
    vector<vector<int>> turned(n, vector<int>(n));
    for (size_t i = 0; i < n; ++i)
      for (size_t j = 0; j < n; ++j) turned[j][n - 1 - i] = matrix[i][j];
    matrix = turned;
  }
};
