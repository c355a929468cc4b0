// Time:  O(n)
// Space: O(1), one count per character code
// Invariant: after the shrink loop, s[left..right] has no repeated character
//   and count holds its counts, and no window ending at right that starts
//   before left is repeat-free.

// The longest-valid-window frame of kata::patterns::longest_window
// (patterns/include/kata/patterns/sliding_window.hpp): grow on the right; while
// the window holds a repeat, shrink on the left.
class Solution {
 public:
  int lengthOfLongestSubstring(string s) {
    array<int, 256> count{};
    int best = 0, left = 0;
    for (int right = 0; right < static_cast<int>(s.size()); ++right) {
      const unsigned char in = static_cast<unsigned char>(s[right]);
      // add(right)
      ++count[in];
      // remove(left)
      while (count[in] > 1) --count[static_cast<unsigned char>(s[left++])];
      // invariant: s[left..right] is the longest repeat-free
      // window ending at right
      best = max(best, right - left + 1);
    }
    return best;
  }
};
