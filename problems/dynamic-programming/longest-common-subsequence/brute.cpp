// Brute force: straight from the definition, with no cache. Look at the first
// characters: if they are equal, take both; otherwise try dropping either one, and
// keep the better. (Taking equal characters together is never worse, but the
// brute force does not even rely on that: it also tries dropping them.)
// Time:  O(2^(m + n))
// Space: O(m + n) of recursion

class Solution {
 public:
  int longestCommonSubsequence(string text1, string text2) { return common(text1, 0, text2, 0); }

 private:
  int common(const string& a, size_t i, const string& b, size_t j) {
    if (i == a.size() || j == b.size()) return 0;
    int best = max(common(a, i + 1, b, j), common(a, i, b, j + 1));
    if (a[i] == b[j]) best = max(best, 1 + common(a, i + 1, b, j + 1));
    return best;
  }
};
