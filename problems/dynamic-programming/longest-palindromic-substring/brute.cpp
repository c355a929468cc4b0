// Brute force: every stretch s[i..j], checked by comparing characters from both
// ends; keep the first of the longest.
// Time:  O(n^3)
// Space: O(1) besides the answer

class Solution {
 public:
  string longestPalindrome(string s) {
    const size_t n = s.size();
    size_t best_start = 0, best_len = 0;
    for (size_t i = 0; i < n; ++i)
      for (size_t j = i; j < n; ++j) {
        bool palindrome = true;
        for (size_t a = i, b = j; a < b; ++a, --b) palindrome = palindrome && s[a] == s[b];
        if (palindrome && j - i + 1 > best_len) best_start = i, best_len = j - i + 1;
      }
    return s.substr(best_start, best_len);
  }
};
