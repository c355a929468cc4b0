// Brute force: walk like a turtle. Go straight; whenever the next cell is off the
// grid or already taken, turn clockwise. A grid of flags remembers the cells taken.
// Time:  O(mn)
// Space: O(mn)

class Solution {
 public:
  vector<int> spiralOrder(vector<vector<int>>& matrix) {
    const int m = static_cast<int>(matrix.size()), n = static_cast<int>(matrix[0].size());
    vector<vector<bool>> taken(m, vector<bool>(n, false));
    const int dr[] = {0, 1, 0, -1}, dc[] = {1, 0, -1, 0};  // right, down, left, up
    vector<int> out;
    int r = 0, c = 0, d = 0;
    for (int k = 0; k < m * n; ++k) {
      out.push_back(matrix[r][c]);
      taken[r][c] = true;
      for (int turns = 0; turns < 4; ++turns) {
        const int nr = r + dr[d], nc = c + dc[d];
        if (nr >= 0 && nr < m && nc >= 0 && nc < n && !taken[nr][nc]) break;
        d = (d + 1) % 4;
      }
      r += dr[d];
      c += dc[d];
    }
    return out;
  }
};
