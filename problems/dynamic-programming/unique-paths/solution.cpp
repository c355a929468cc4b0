// Time:  O(m * n)
// Space: O(n)
// Invariant: after row r, row[c] is the number of right/down routes from the
//   start to (r, c); during row r, row[c] still holds row r - 1's count until
//   it is updated, and row[c - 1] row r's.

// State: routes[r][c] = the number of routes from the start to cell (r, c).
// Transition: the last move came from above or from the left, and those routes
// are all different, so routes[r][c] = routes[r-1][c] + routes[r][c-1]. Base: a
// cell of the top row or the left column has exactly one route (a straight
// line). Order: row by row, left to right. Rolling row (as with
// kata::patterns::RollingRows in dp.hpp, kept to a single row here): before
// row[c] is updated it still holds the value from the row above, and row[c-1]
// already holds this row's value. Every cell's count is at most the goal's,
// which is at most 2 * 10^9: int holds it.
class Solution {
 public:
  int uniquePaths(int m, int n) {
    vector<int> row(static_cast<size_t>(n), 1);  // the top row
    for (int r = 1; r < m; ++r)
      for (int c = 1; c < n; ++c) row[c] += row[c - 1];
    return row[n - 1];
  }
};
