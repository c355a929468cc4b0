// Brute force: try k = 1, 2, 3, ... terms and, for each k, search every way to
// write n as a sum of k squares (roots taken in non-increasing order, so each
// multiset is tried once). The first k that works is the answer; k = n always works
// (n ones), so the search ends.
// Time:  O(n^(k/2)) for an answer of k terms
// Space: O(k) of recursion

class Solution {
 public:
  int numSquares(int n) {
    for (int k = 1;; ++k)
      if (sumOf(n, k, n)) return k;
  }

 private:
  // Can `left` be written as exactly `terms` squares, each root at most `top`?
  bool sumOf(int left, int terms, int top) {
    if (terms == 0) return left == 0;
    for (int r = top; r >= 1; --r) {
      if (r * r > left) continue;
      if (sumOf(left - r * r, terms - 1, r)) return true;
    }
    return false;
  }
};
