// Time:  O(n!)
// Space: O(n)
// Invariant: rows 0..row-1 of board hold exactly one 'Q' each, no two
//   attacking, and col, diag and anti flag exactly the column and diagonals
//   those queens occupy; rows from row on are empty.
// The backtracking frame of
// patterns/include/kata/patterns/backtracking.hpp: one queen per row;
// the candidates are the columns that no queen above attacks, so at most
// n * (n - 1) * ... nodes are visited (plus O(n^2) to draw each of the
// answers). Space besides the output: the board and three flag arrays.

class Solution {
 public:
  vector<vector<string>> solveNQueens(int n) {
    vector<vector<string>> result;
    vector<string> board(n, string(n, '.'));
    vector<bool> col(n, false), diag(2 * n - 1, false), anti(2 * n - 1, false);
    backtrack(0, n, board, col, diag, anti, result);
    return result;
  }

 private:
  static void backtrack(int row, int n, vector<string>& board,
                        vector<bool>& col, vector<bool>& diag,
                        vector<bool>& anti, vector<vector<string>>& result) {
    if (row == n) {  // accept: a queen on every row
      result.push_back(board);
      return;
    }
    for (int c = 0; c < n; ++c) {
      // candidates: columns not attacked along a column or either diagonal
      if (col[c] || diag[row - c + n - 1] || anti[row + c]) continue;
      col[c] = diag[row - c + n - 1] = anti[row + c] = true;  // choose
      board[row][c] = 'Q';
      backtrack(row + 1, n, board, col, diag, anti, result);  // explore
      board[row][c] = '.';                                    // unchoose
      col[c] = diag[row - c + n - 1] = anti[row + c] = false;
    }
  }
};
