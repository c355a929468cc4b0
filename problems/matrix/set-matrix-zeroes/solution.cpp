// Time:  O(mn)
// Space: O(1)
// Invariant: after marking, for r >= 1 matrix[r][0] is 0 exactly when row r had
//   a zero, matrix[0][c] is 0 exactly when column c had one, and clear_row_0
//   says whether row 0 had one; marks are read before cleared.

// The first row and column as markers, kata::patterns::fill_lines_containing
// (patterns/include/kata/patterns/matrix.hpp): matrix[r][0] == 0 will mean
// "clear row r" and matrix[0][c] == 0 "clear column c". Those cells are
// overwritten anyway when their line is cleared, so nothing is lost. Row 0
// needs its own note (a flag), because matrix[0][0] already speaks for column
// 0. Everything outside row 0 and column 0 is cleared first, from the marks;
// then column 0, then row 0, so no mark is read after it was overwritten.
class Solution {
 public:
  void setZeroes(vector<vector<int>>& matrix) {
    const int m = static_cast<int>(matrix.size()),
              n = static_cast<int>(matrix[0].size());
    bool clear_row_0 = false;
    for (int c = 0; c < n; ++c)
      if (matrix[0][c] == 0) clear_row_0 = true;
    for (int r = 1; r < m; ++r)
      for (int c = 0; c < n; ++c)
        if (matrix[r][c] == 0) {
          matrix[r][0] = 0;  // row r
          // column c (for c == 0: column 0's mark is matrix[0][0])
          matrix[0][c] = 0;
        }
    for (int r = 1; r < m; ++r)
      for (int c = 1; c < n; ++c)
        if (matrix[r][0] == 0 || matrix[0][c] == 0) matrix[r][c] = 0;
    if (matrix[0][0] == 0)
      for (int r = 1; r < m; ++r) matrix[r][0] = 0;
    if (clear_row_0)
      for (int c = 0; c < n; ++c) matrix[0][c] = 0;
  }
};
