// Time:  O(n * L^2), n = s.length, L = the longest word (<= 20)
// Space: O(n + the dictionary)
// Invariant: when ok[i] is computed, ok[j] is final for every j < i: it is set
//   exactly when the first j letters of s can be cut into dictionary words.

// Segmentation DP over prefixes. State: ok[i] = the first i letters of s can
// be cut into words. Transition, on the last piece: it is some word s[j, i)
// with ok[j], so ok[i] = OR over j in [i - L, i) of (ok[j] and s[j, i) is a
// word). Base: ok[0] = true, the empty prefix needs no pieces. Order:
// increasing i. Cost: n end points, L start points each, and a substring of up
// to L letters hashed for each.
class Solution {
 public:
  bool wordBreak(string s, vector<string>& wordDict) {
    unordered_set<string> words(wordDict.begin(), wordDict.end());
    size_t longest = 0;
    for (const string& w : wordDict) longest = max(longest, w.size());
    const size_t n = s.size();
    vector<char> ok(n + 1, 0);
    ok[0] = 1;
    for (size_t i = 1; i <= n; ++i) {
      for (size_t len = 1; len <= min(i, longest) && !ok[i]; ++len)
        if (ok[i - len] && words.count(s.substr(i - len, len))) ok[i] = 1;
    }
    return ok[n];
  }
};
