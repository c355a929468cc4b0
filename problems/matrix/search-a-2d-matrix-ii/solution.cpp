// Time:  O(m + n)
// Space: O(1)
// Invariant: if target occurs at all, it occurs in rows [r, m) and columns [0,
//   c]: a row above r or column right of c was dropped only once its remaining
//   cells were known to miss target.

// Staircase search from a corner, kata::patterns::staircase_search
// (patterns/include/kata/patterns/matrix.hpp). At the top-right cell of what is
// left, everything below is larger and everything to the left is smaller. If
// that cell is larger than target, so is the rest of its column: drop the
// column. If it is smaller, so is the rest of its row: drop the row. Each step
// drops a line, so at most m + n - 1 steps.
class Solution {
 public:
  bool searchMatrix(vector<vector<int>>& matrix, int target) {
    const int m = static_cast<int>(matrix.size());
    int r = 0, c = static_cast<int>(matrix[0].size()) - 1;
    while (r < m && c >= 0) {
      const int x = matrix[r][c];
      if (x == target) return true;
      if (x > target)
        --c;
      else
        ++r;
    }
    return false;
  }
};
