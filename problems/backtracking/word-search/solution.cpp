// Time:  O(m * n * 3^L)
// Space: O(L)
// Invariant: the cells on the current path spell word[0..k) through adjacent
//   steps and are all marked '#', while every other cell keeps its letter, so
//   no cell is used twice.
// The backtracking frame of patterns/include/kata/patterns/backtracking.hpp:
// the path spells word[0..k); the candidates are the unvisited neighbours
// holding word[k]. A cell is marked '#' while on the path (choose) and restored
// when the search steps back (unchoose). L is the length of word; after the
// first step each cell has at most 3 unvisited neighbours.

class Solution {
 public:
  bool exist(vector<vector<char>>& board, string word) {
    int m = static_cast<int>(board.size()),
        n = static_cast<int>(board[0].size());
    if (static_cast<int>(word.size()) > m * n) return false;
    // Prune: the board must hold enough of every letter the word needs.
    array<int, 256> have{}, need{};
    for (const auto& row : board)
      for (char c : row) ++have[static_cast<unsigned char>(c)];
    for (char c : word)
      if (++need[static_cast<unsigned char>(c)] >
          have[static_cast<unsigned char>(c)])
        return false;
    // Start from the rarer end: fewer starting cells, fewer dead branches.
    if (have[static_cast<unsigned char>(word.back())] <
        have[static_cast<unsigned char>(word.front())])
      reverse(word.begin(), word.end());
    for (int r = 0; r < m; ++r)
      for (int c = 0; c < n; ++c)
        if (backtrack(board, word, 0, r, c)) return true;
    return false;
  }

 private:
  // Can word[k..] be spelled by a path starting at (r, c)?
  static bool backtrack(vector<vector<char>>& board, const string& word,
                        size_t k, int r, int c) {
    if (r < 0 || c < 0 || r >= static_cast<int>(board.size()) ||
        c >= static_cast<int>(board[0].size()) || board[r][c] != word[k])
      // not a candidate: off the board, visited ('#') or the wrong letter
      return false;
    if (k + 1 == word.size()) return true;  // accept: the last letter matched
    char letter = board[r][c];
    board[r][c] = '#';  // choose
    bool found = false;
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    // explore each neighbour until one completes the word
    for (int d = 0; d < 4 && !found; ++d)
      found = backtrack(board, word, k + 1, r + dr[d], c + dc[d]);
    // unchoose, also when found: the board comes back unchanged
    board[r][c] = letter;
    return found;
  }
};
