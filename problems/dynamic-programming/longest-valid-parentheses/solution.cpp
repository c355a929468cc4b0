// Time:  O(n)
// Space: O(n)
// Invariant: for every index t < i, ending[t] is the length of the
//   longest well-formed substring ending exactly at t (0 if none), and
//   best is the largest of them.

// State: ending[i] = the length of the longest well-formed stretch that ends
// at position i (0 when s[i] is '(' or no stretch ends there). Transition,
// for s[i] == ')': the bracket it would close sits just before the stretch
// ending at i - 1, at j = i - 1 - ending[i - 1] (when s[i - 1] is '(' that
// stretch is empty and j = i - 1). If s[j] == '(', the stretch is s[j..i],
// plus whatever stretch ended at j - 1, which now touches it. Base:
// ending[i] = 0 before anything matches. Answer: the largest ending[i],
// since the best stretch ends somewhere.
class Solution {
 public:
  int longestValidParentheses(string s) {
    const int n = static_cast<int>(s.size());
    vector<int> ending(static_cast<size_t>(n), 0);
    int best = 0;
    for (int i = 1; i < n; ++i) {
      if (s[i] != ')') continue;
      const int j = i - 1 - ending[i - 1];  // where the partner of s[i] must be
      if (j < 0 || s[j] != '(') continue;
      ending[i] = i - j + 1 + (j > 0 ? ending[j - 1] : 0);
      best = max(best, ending[i]);
    }
    return best;
  }
};
