// Brute force: try every substring and check it for a repeated character with a set.
// Time:  O(n^3)
// Space: O(n)

class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    const int n = static_cast<int>(s.size());
    int best = 0;
    for (int i = 0; i < n; ++i)
      for (int j = i; j < n; ++j) {
        set<char> seen(s.begin() + i, s.begin() + j + 1);
        if (static_cast<int>(seen.size()) == j - i + 1) best = max(best, j - i + 1);
      }
    return best;
  }
};
