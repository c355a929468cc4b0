// Time:  O(n * 2^n): up to 2^(n-1) partitions, each copied in O(n)
// Space: O(n^2) for the table, besides the answer
// Invariant: path cuts s[0, start) into palindromes that concatenate back to
//   it, and pal[i][j] is true exactly when s[i..j] reads the same both ways.

// The backtracking frame of patterns/include/kata/patterns/backtracking.hpp:
// the path is the pieces cut so far, the candidates at position `start` are the
// palindromes s[start..end], and a path is accepted when it reaches the end of
// s. Each partition is built by exactly one sequence of cuts, so none repeats.
// The palindrome test is a DP table filled first: pal[i][j] = s[i] == s[j] and
// (j - i < 2 or pal[i+1][j-1]), by decreasing i so the inner cell is ready.
class Solution {
 public:
  vector<vector<string>> partition(string s) {
    const int n = static_cast<int>(s.size());
    vector<vector<char>> pal(static_cast<size_t>(n),
                             vector<char>(static_cast<size_t>(n), 0));
    for (int i = n - 1; i >= 0; --i)
      for (int j = i; j < n; ++j)
        pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
    vector<vector<string>> result;
    vector<string> path;
    backtrack(s, pal, 0, path, result);
    return result;
  }

 private:
  static void backtrack(const string& s, const vector<vector<char>>& pal,
                        int start, vector<string>& path,
                        vector<vector<string>>& result) {
    const int n = static_cast<int>(s.size());
    if (start == n) {  // accept: every letter is in a piece
      result.push_back(path);
      return;
    }
    for (int end = start; end < n; ++end) {
      // candidates: the palindromes starting at start
      if (!pal[start][end]) continue;
      // choose
      path.push_back(s.substr(static_cast<size_t>(start),
                              static_cast<size_t>(end - start + 1)));
      backtrack(s, pal, end + 1, path, result);  // explore
      path.pop_back();                           // unchoose
    }
  }
};
