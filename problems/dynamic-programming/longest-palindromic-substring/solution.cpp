// Time:  O(n^2)
// Space: O(1)
// Invariant: inside the while loop s[lo + 1 .. hi - 1] is a palindrome centred
//   on middle, and best_start, best_len describe the longest palindrome found
//   over the middles tried so far.

// The DP: pal(i, j) = s[i] == s[j] && pal(i + 1, j - 1), with every stretch of
// length 0 or 1 a palindrome. A table would fill it by increasing length in
// O(n^2) space; but each stretch depends only on the one just inside it, so the
// table's cells form chains sharing a middle. Walking each chain outward from
// its middle (a character, or the gap between two neighbours) evaluates the
// same recurrence in the same order, and a chain ends at its first false cell
// since everything outward of it is false too. Keep the longest stretch seen.
class Solution {
 public:
  string longestPalindrome(string s) {
    const int n = static_cast<int>(s.size());
    int best_start = 0, best_len = 0;
    for (int middle = 0; middle < 2 * n - 1; ++middle) {
      // odd middles are gaps: lo + 1 == hi
      int lo = middle / 2, hi = lo + middle % 2;
      while (lo >= 0 && hi < n && s[lo] == s[hi]) --lo, ++hi;
      // s[lo + 1 .. hi - 1] is a palindrome
      const int len = hi - lo - 1;
      if (len > best_len) best_start = lo + 1, best_len = len;
    }
    return s.substr(static_cast<size_t>(best_start),
                    static_cast<size_t>(best_len));
  }
};
