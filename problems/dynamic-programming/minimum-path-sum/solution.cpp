// Time:  O(m * n)
// Space: O(n)
// Invariant: after row r, row[c] is the cheapest walk cost from (0, 0) to (r,
//   c); while row r is filled, row[0, c) already holds row r's costs and row[c,
//   n) still holds row r - 1's.

// State: cheapest[r][c] = the smallest cost of a walk from (0, 0) to (r, c),
// both ends included. Transition: the last step came from above or from the
// left, so cheapest[r][c] = grid[r][c] + min(cheapest[r-1][c],
// cheapest[r][c-1]), using only the neighbours that exist. Base:
// cheapest[0][0] = grid[0][0]; the top row and the left column have a single
// way in. Order: row by row, left to right. Rolling row (as with
// kata::patterns::RollingRows in dp.hpp, kept to a single row): row[c] still
// holds the row above until it is overwritten, row[c-1] is this row's already.
// The largest cost is 200 * (200 + 200 - 1) = 79800: int holds it.
class Solution {
 public:
  int minPathSum(vector<vector<int>>& grid) {
    const size_t m = grid.size(), n = grid[0].size();
    vector<int> row(n);
    row[0] = grid[0][0];
    for (size_t c = 1; c < n; ++c) row[c] = row[c - 1] + grid[0][c];
    for (size_t r = 1; r < m; ++r) {
      row[0] += grid[r][0];
      for (size_t c = 1; c < n; ++c)
        row[c] = grid[r][c] + min(row[c], row[c - 1]);
    }
    return row[n - 1];
  }
};
