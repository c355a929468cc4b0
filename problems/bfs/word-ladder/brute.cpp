// Brute force: Floyd-Warshall over every pair of words (beginWord included), then
// read the distance from beginWord to endWord.
// Time:  O(n^3 + n^2 * L)
// Space: O(n^2)

class Solution {
 public:
  int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
    vector<string> words{beginWord};
    for (const string& w : wordList)
      if (w != beginWord) words.push_back(w);
    const int n = static_cast<int>(words.size());
    const int kInf = 1 << 29;
    vector<vector<int>> d(n, vector<int>(n, kInf));
    for (int i = 0; i < n; ++i) {
      d[i][i] = 0;
      for (int j = 0; j < n; ++j)
        if (differ(words[i], words[j]) == 1) d[i][j] = 1;
    }
    for (int k = 0; k < n; ++k)
      for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) d[i][j] = min(d[i][j], d[i][k] + d[k][j]);
    int best = kInf;
    for (int j = 1; j < n; ++j)
      if (words[j] == endWord) best = min(best, d[0][j]);
    return best >= kInf ? 0 : best + 1;
  }

 private:
  static int differ(const string& a, const string& b) {
    if (a.size() != b.size()) return -1;
    int count = 0;
    for (size_t i = 0; i < a.size(); ++i) count += a[i] != b[i];
    return count;
  }
};
