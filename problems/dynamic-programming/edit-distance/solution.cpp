// Time:  O(m * n)
// Space: O(min(m, n))
// Invariant: after pass i, dist[i % 2][j] is the edit distance between the
//   first i letters of word1 and the first j of word2 for every j; while
//   filling, above is row i - 1 and row[0, j) is row i.

// State: dist[i][j] = the edit distance between the first i letters of word1
// and the first j letters of word2. Transition, on the last letters: keep them
// if equal (dist[i-1][j-1]), else the cheapest of replace (dist[i-1][j-1]),
// delete from word1 (dist[i-1][j]) or insert into it (dist[i][j-1]), plus one.
// Base: dist[i][0] = i, dist[0][j] = j. Rolling rows
// (kata::patterns::RollingRows in dp.hpp): row i needs only row i - 1, and the
// shorter word indexes the columns.
class Solution {
 public:
  int minDistance(string word1, string word2) {
    // the distance is symmetric
    if (word1.size() < word2.size()) swap(word1, word2);
    const size_t m = word1.size(), n = word2.size();
    vector<vector<int>> dist(2, vector<int>(n + 1));
    for (size_t j = 0; j <= n; ++j) dist[0][j] = static_cast<int>(j);
    for (size_t i = 1; i <= m; ++i) {
      vector<int>& row = dist[i % 2];
      const vector<int>& above = dist[(i - 1) % 2];
      row[0] = static_cast<int>(i);
      for (size_t j = 1; j <= n; ++j) {
        if (word1[i - 1] == word2[j - 1]) {
          row[j] = above[j - 1];
        } else {
          row[j] = 1 + min({above[j - 1], above[j], row[j - 1]});
        }
      }
    }
    return dist[m % 2][n];
  }
};
