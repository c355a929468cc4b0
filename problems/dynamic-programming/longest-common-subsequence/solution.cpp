// Time:  O(m * n)
// Space: O(min(m, n))
// Invariant: after pass i, common[i % 2][j] is the LCS length of the first i
//   characters of text1 and the first j of text2, for every j in [0, n].

// State: common[i][j] = the length of the longest common subsequence of the
// first i characters of text1 and the first j of text2. Transition, on the last
// characters: if they are equal, matching them costs nothing, so
// common[i-1][j-1] + 1; otherwise one of them is left out: max(common[i-1][j],
// common[i][j-1]). Base: an empty prefix, common[0][j] = common[i][0] = 0.
// Rolling rows (kata::patterns::RollingRows in dp.hpp): row i reads only row i
// - 1, and the shorter text indexes the columns.
class Solution {
 public:
  int longestCommonSubsequence(string text1, string text2) {
    // the answer is symmetric
    if (text1.size() < text2.size()) swap(text1, text2);
    const size_t m = text1.size(), n = text2.size();
    vector<vector<int>> common(2, vector<int>(n + 1, 0));
    for (size_t i = 1; i <= m; ++i) {
      vector<int>& row = common[i % 2];
      const vector<int>& above = common[(i - 1) % 2];
      row[0] = 0;
      for (size_t j = 1; j <= n; ++j)
        row[j] = text1[i - 1] == text2[j - 1] ? above[j - 1] + 1
                                              : max(above[j], row[j - 1]);
    }
    return common[m % 2][n];
  }
};
