// Brute force: one queen per row and column means a placement is a permutation
// of the columns; try all n! of them and keep those where no two queens share
// a diagonal.
// Time:  O(n^2 * n!)
// Space: O(n) besides the output

class Solution {
 public:
  vector<vector<string>> solveNQueens(int n) {
    vector<int> col(n);
    for (int i = 0; i < n; ++i) col[i] = i;
    vector<vector<string>> result;
    do {
      bool ok = true;
      for (int a = 0; a < n && ok; ++a)
        for (int b = a + 1; b < n && ok; ++b)
          if (abs(col[a] - col[b]) == b - a) ok = false;
      if (!ok) continue;
      vector<string> board(n, string(n, '.'));
      for (int r = 0; r < n; ++r) board[r][col[r]] = 'Q';
      result.push_back(board);
    } while (next_permutation(col.begin(), col.end()));
    return result;
  }
};
