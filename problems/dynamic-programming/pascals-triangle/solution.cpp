// Time:  O(numRows^2)
// Space: O(1) beyond the returned rows
// Invariant: before iteration r, rows holds the first r rows of the triangle,
//   each complete, so every inner entry of row r can read the two entries
//   above it in rows[r - 1].

// State: rows[r][k] = the k-th number of row r. Transition: an inside number
// is the sum of the two above it, rows[r][k] = rows[r - 1][k - 1] + rows[r -
// 1][k]; the edges rows[r][0] and rows[r][r] are 1. Order: row by row, so row
// r - 1 is complete before row r reads it. Here the whole table is the answer,
// so nothing is rolled.
class Solution {
 public:
  vector<vector<int>> generate(int numRows) {
    vector<vector<int>> rows;
    rows.reserve(numRows);
    for (int r = 0; r < numRows; ++r) {
      vector<int> row(r + 1, 1);  // the edges are already right
      for (int k = 1; k < r; ++k) row[k] = rows[r - 1][k - 1] + rows[r - 1][k];
      rows.push_back(std::move(row));
    }
    return rows;
  }
};
