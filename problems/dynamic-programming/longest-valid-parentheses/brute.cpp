// Brute force: from every start, walk right keeping the number of unmatched '(';
// each time it drops back to zero the stretch from the start is well formed, and
// once it goes negative no longer stretch from this start can be.
// Time:  O(n^2)
// Space: O(1)

class Solution {
 public:
  int longestValidParentheses(string s) {
    const size_t n = s.size();
    int best = 0;
    for (size_t start = 0; start < n; ++start) {
      int open = 0;
      for (size_t end = start; end < n; ++end) {
        open += s[end] == '(' ? 1 : -1;
        if (open < 0) break;
        if (open == 0) best = max(best, static_cast<int>(end - start + 1));
      }
    }
    return best;
  }
};
