// Brute force: sort p once, then sort every piece of s of p's length and compare.
// Time:  O(n * k log k)
// Space: O(k)

class Solution {
 public:
  vector<int> findAnagrams(string s, string p) {
    string key = p;
    sort(key.begin(), key.end());
    vector<int> starts;
    for (size_t i = 0; i + p.size() <= s.size(); ++i) {
      string piece = s.substr(i, p.size());
      sort(piece.begin(), piece.end());
      if (piece == key) starts.push_back(static_cast<int>(i));
    }
    return starts;
  }
};
