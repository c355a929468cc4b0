// Time:  O(m + n), m = s.size(), n = t.size()
// Space: O(1), one count per character code
// Invariant: need[c] is t's count of c minus the window's, missing counts t's
//   characters the window s[left..right] lacks, and after the shrink loop that
//   window no longer covers t.

// The shortest-valid-window frame of kata::patterns::shortest_window
// (patterns/include/kata/patterns/sliding_window.hpp): grow on the right; while
// the window covers t, record it and shrink on the left.
class Solution {
 public:
  string minWindow(string s, string t) {
    // how many more of each character the window still needs (< 0: spare)
    array<int, 128> need{};
    for (char c : t) ++need[static_cast<unsigned char>(c)];
    // characters of t not yet covered
    int missing = static_cast<int>(t.size());
    int best_left = 0, best_length = INT_MAX;
    int left = 0;
    for (int right = 0; right < static_cast<int>(s.size()); ++right) {
      // add(right)
      if (need[static_cast<unsigned char>(s[right])]-- > 0) --missing;
      while (missing == 0) {  // valid(): the window s[left..right] covers t
        if (right - left + 1 < best_length) {
          best_left = left;
          best_length = right - left + 1;
        }
        // remove(left)
        if (++need[static_cast<unsigned char>(s[left])] > 0) ++missing;
        ++left;
      }
      // invariant: s[left..right] does not cover t, but s[left-1..right]
      // does (when left > 0)
    }
    return best_length == INT_MAX ? "" : s.substr(best_left, best_length);
  }
};
