// Brute force: give every land cell its own label, then keep replacing each label by
// the smallest label next to it until nothing changes; count the labels left.
// Time:  O((m * n)^2)
// Space: O(m * n)

class Solution {
 public:
  int numIslands(vector<vector<char>>& grid) {
    const int rows = static_cast<int>(grid.size());
    const int cols = rows == 0 ? 0 : static_cast<int>(grid[0].size());
    vector<vector<int>> label(rows, vector<int>(cols, -1));
    for (int r = 0; r < rows; ++r)
      for (int c = 0; c < cols; ++c)
        if (grid[r][c] == '1') label[r][c] = r * cols + c;
    bool changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
          if (label[r][c] < 0) continue;
          const int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
          for (int k = 0; k < 4; ++k) {
            int nr = r + dr[k], nc = c + dc[k];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || label[nr][nc] < 0) continue;
            if (label[nr][nc] < label[r][c]) {
              label[r][c] = label[nr][nc];
              changed = true;
            }
          }
        }
    }
    set<int> distinct;
    for (const auto& row : label)
      for (int l : row)
        if (l >= 0) distinct.insert(l);
    return static_cast<int>(distinct.size());
  }
};
