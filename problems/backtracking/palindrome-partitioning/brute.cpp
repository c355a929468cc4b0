// Brute force: there are n - 1 gaps between letters, and a partition is a choice
// of which gaps to cut. Try all 2^(n-1) choices, cut, and keep the choice when
// every piece equals its own reverse.
// Time:  O(n * 2^n)
// Space: O(n) besides the answer

class Solution {
 public:
  vector<vector<string>> partition(string s) {
    const size_t n = s.size();
    vector<vector<string>> result;
    for (unsigned long cuts = 0; cuts < (1UL << (n - 1)); ++cuts) {  // bit g: cut after letter g
      vector<string> pieces;
      string piece;
      for (size_t i = 0; i < n; ++i) {
        piece += s[i];
        if (i == n - 1 || (cuts >> i & 1)) {
          pieces.push_back(piece);
          piece.clear();
        }
      }
      bool all_palindromes = true;
      for (const string& p : pieces) all_palindromes = all_palindromes && p == string(p.rbegin(), p.rend());
      if (all_palindromes) result.push_back(pieces);
    }
    return result;
  }
};
