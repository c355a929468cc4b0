// Brute force: try every word that matches at the front of what is left, and
// recurse on the rest, with no memory of suffixes already shown to fail.
// Time:  exponential (O(2^n) on "aaa...ab" with the words a, aa, aaa, ...)
// Space: O(n) of recursion

class Solution {
 public:
  bool wordBreak(string s, vector<string>& wordDict) { return cut(s, 0, wordDict); }

 private:
  bool cut(const string& s, size_t from, const vector<string>& words) {
    if (from == s.size()) return true;
    for (const string& w : words)
      if (s.compare(from, w.size(), w) == 0 && cut(s, from + w.size(), words)) return true;
    return false;
  }
};
