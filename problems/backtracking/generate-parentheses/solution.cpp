// Time:  O(4^n / sqrt(n))
// Space: O(n)
// Invariant: path has opened '(' and closed ')' with closed <= opened <= n, and
//   no prefix of path closes more than it opened, so path can always be
//   completed to a balanced string.
// The backtracking frame of patterns/include/kata/patterns/backtracking.hpp:
// the path is a prefix; the candidates are '(' while fewer than n are open and
// ')' while it closes an open one, so every prefix can be completed and every
// leaf is an answer (the Catalan number C(n) ~ 4^n / n^1.5 of them, n chars
// each). Space besides the output.

class Solution {
 public:
  vector<string> generateParenthesis(int n) {
    vector<string> result;
    string path;
    backtrack(n, 0, 0, path, result);
    return result;
  }

 private:
  static void backtrack(int n, int opened, int closed, string& path,
                        vector<string>& result) {
    if (closed == n) {  // accept: n pairs written
      result.push_back(path);
      return;
    }
    // candidate '(': one more may still be opened
    if (opened < n) {
      path.push_back('(');                             // choose
      backtrack(n, opened + 1, closed, path, result);  // explore
      path.pop_back();                                 // unchoose
    }
    // candidate ')': it closes an open one
    if (closed < opened) {
      path.push_back(')');
      backtrack(n, opened, closed + 1, path, result);
      path.pop_back();
    }
  }
};
