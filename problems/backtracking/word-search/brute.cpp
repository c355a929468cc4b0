// Brute force: breadth first over every simple path. After k letters, keep the
// set of all (visited cells, last cell) pairs whose path spells word[0..k);
// extend each by every unvisited neighbour holding the next letter.
// Time:  O(L * S) where S bounds the number of simple paths of length <= L
// Space: O(S)

class Solution {
 public:
  bool exist(vector<vector<char>>& board, string word) {
    int m = static_cast<int>(board.size()), n = static_cast<int>(board[0].size());
    set<pair<unsigned long long, int>> layer;  // (bitmask of visited cells, last cell)
    for (int cell = 0; cell < m * n; ++cell)
      if (board[cell / n][cell % n] == word[0]) layer.insert({1ULL << cell, cell});
    for (size_t k = 1; k < word.size() && !layer.empty(); ++k) {
      set<pair<unsigned long long, int>> next;
      for (auto [mask, cell] : layer) {
        int r = cell / n, c = cell % n;
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int d = 0; d < 4; ++d) {
          int nr = r + dr[d], nc = c + dc[d];
          if (nr < 0 || nc < 0 || nr >= m || nc >= n) continue;
          int to = nr * n + nc;
          if ((mask >> to) & 1ULL) continue;
          if (board[nr][nc] == word[k]) next.insert({mask | (1ULL << to), to});
        }
      }
      layer = move(next);
    }
    return !layer.empty();
  }
};
