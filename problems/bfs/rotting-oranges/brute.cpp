// Brute force: play the minutes out one by one on a copy of the grid until nothing
// changes, then look for a fresh orange that never rotted.
// Time:  O((m * n)^2)
// Space: O(m * n)

class Solution {
 public:
  int orangesRotting(vector<vector<int>>& grid) {
    const int rows = static_cast<int>(grid.size());
    const int cols = rows == 0 ? 0 : static_cast<int>(grid[0].size());
    vector<vector<int>> now = grid;
    int minutes = 0;
    while (true) {
      vector<vector<int>> after = now;
      bool changed = false;
      for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
          if (now[r][c] != 1) continue;
          bool touched = (r > 0 && now[r - 1][c] == 2) || (r + 1 < rows && now[r + 1][c] == 2) ||
                         (c > 0 && now[r][c - 1] == 2) || (c + 1 < cols && now[r][c + 1] == 2);
          if (touched) {
            after[r][c] = 2;
            changed = true;
          }
        }
      if (!changed) break;
      now = after;
      ++minutes;
    }
    for (const auto& row : now)
      for (int v : row)
        if (v == 1) return -1;
    return minutes;
  }
};
