// Brute force: try every walk. From each cell, go down or right (where the grid
// allows), and keep the cheaper of the two finished walks; nothing is cached.
// Time:  O((m + n) * C(m + n - 2, m - 1)): every walk is explored
// Space: O(m + n) of recursion

class Solution {
 public:
  int minPathSum(vector<vector<int>>& grid) { return cheapest(grid, 0, 0); }

 private:
  // The smallest cost of a walk from (r, c) to the bottom-right cell, (r, c) included.
  int cheapest(const vector<vector<int>>& grid, size_t r, size_t c) {
    const size_t m = grid.size(), n = grid[0].size();
    if (r == m - 1 && c == n - 1) return grid[r][c];
    int best = INT_MAX;
    if (r + 1 < m) best = min(best, cheapest(grid, r + 1, c));
    if (c + 1 < n) best = min(best, cheapest(grid, r, c + 1));
    return grid[r][c] + best;
  }
};
