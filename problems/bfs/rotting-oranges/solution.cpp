// Time:  O(m * n)
// Space: O(m * n)
// Invariant: level holds exactly the oranges that first turned rotten at minute
//   minutes, all already set to 2, and fresh counts the cells still 1 in grid.

// BFS by levels from many starts, shaped like
// kata::patterns::bfs_by_levels (patterns/include/kata/patterns/bfs.hpp):
// level d is the set of oranges that turn rotten at minute d, so the
// answer is the number of levels after the first.
class Solution {
 public:
  int orangesRotting(vector<vector<int>>& grid) {
    const int rows = static_cast<int>(grid.size());
    const int cols = rows == 0 ? 0 : static_cast<int>(grid[0].size());
    int fresh = 0;
    vector<pair<int, int>> level;
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        if (grid[r][c] == 2) level.push_back({r, c});
        if (grid[r][c] == 1) ++fresh;
      }
    int minutes = 0;
    // invariant: `level` holds the oranges that turned
    // rotten at minute `minutes`
    while (!level.empty() && fresh > 0) {
      vector<pair<int, int>> next;
      for (auto [y, x] : level)
        for (auto [dy, dx] : kFourDirections) {
          int ny = y + dy, nx = x + dx;
          if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] != 1)
            continue;
          grid[ny][nx] = 2;  // rotten the moment it is reached: pushed once
          --fresh;
          next.push_back({ny, nx});
        }
      level = std::move(next);
      ++minutes;
    }
    return fresh == 0 ? minutes : -1;
  }

 private:
  static constexpr pair<int, int> kFourDirections[4] = {
      {-1, 0}, {1, 0}, {0, -1}, {0, 1}};
};
