// Time:  O(n^2)
// Space: O(1)
// Invariant: the transpose swaps each pair matrix[i][j], matrix[j][i] with
//   j > i exactly once, making matrix[i][j] the old matrix[j][i]; reversing
//   row i then leaves the old matrix[n-1-j][i] at matrix[i][j].

// Index transforms, kata::patterns::rotate_clockwise
// (patterns/include/kata/patterns/matrix.hpp): a clockwise quarter turn sends
// (i, j) to (j, n - 1 - i). Transposing sends (i, j) to (j, i); reversing each
// row then sends (j, i) to (j, n - 1 - i). Both steps swap pairs of cells, so
// no second grid is needed. The transpose must swap each pair once: j > i only,
// or it undoes itself.
class Solution {
 public:
  void rotate(vector<vector<int>>& matrix) {
    const int n = static_cast<int>(matrix.size());
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j) swap(matrix[i][j], matrix[j][i]);
    for (auto& row : matrix) reverse(row.begin(), row.end());
  }
};
