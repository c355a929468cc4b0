// Time:  O(m * n)
// Space: O(m * n) worst case, for the frontier (the grid marks visited cells)
// Invariant: when the scan reaches (r, c), islands counts the islands already
//   sunk to '0' in full; inside a BFS every cell in level or next was sunk when
//   pushed, so none enters twice.

// BFS by levels, shaped like kata::patterns::bfs_by_levels
// (patterns/include/kata/patterns/bfs.hpp): each unvisited land cell starts a
// search that sinks its whole island; a cell is sunk ('0') when it is pushed,
// so it enters a frontier only once.
class Solution {
 public:
  int numIslands(vector<vector<char>>& grid) {
    const int rows = static_cast<int>(grid.size());
    const int cols = rows == 0 ? 0 : static_cast<int>(grid[0].size());
    int islands = 0;
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c) {
        if (grid[r][c] != '1') continue;
        ++islands;
        grid[r][c] = '0';
        vector<pair<int, int>> level{{r, c}};
        // invariant: every pushed cell is already sunk
        while (!level.empty()) {
          vector<pair<int, int>> next;
          for (auto [y, x] : level)
            for (auto [dy, dx] : kFourDirections) {
              int ny = y + dy, nx = x + dx;
              if (ny < 0 || ny >= rows || nx < 0 || nx >= cols ||
                  grid[ny][nx] != '1')
                continue;
              grid[ny][nx] = '0';
              next.push_back({ny, nx});
            }
          level = std::move(next);
        }
      }
    return islands;
  }

 private:
  static constexpr pair<int, int> kFourDirections[4] = {
      {-1, 0}, {1, 0}, {0, -1}, {0, 1}};
};
