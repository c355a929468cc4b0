// Time:  O(n + k), n = s.size(), k = p.size()
// Space: O(1), 26 counts
// Invariant: after step right, diff[c] is letter c's count in s[max(0,
//   right - k + 1)..right] minus its count in p, and uneven is the number
//   of letters whose diff is not 0.

// The fixed-size frame of kata::patterns::fixed_windows
// (patterns/include/kata/patterns/sliding_window.hpp): index right enters,
// index right - k leaves, and each full window is checked in O(1).
class Solution {
 public:
  vector<int> findAnagrams(string s, string p) {
    const int n = static_cast<int>(s.size()), k = static_cast<int>(p.size());
    vector<int> starts;
    if (k > n) return starts;
    array<int, 26> diff{};  // count in the window minus count in p, per letter
    for (char c : p) --diff[c - 'a'];
    int uneven = 0;  // letters whose diff is not zero
    for (int d : diff) uneven += d != 0;
    auto bump = [&](char c, int by) {
      int& d = diff[c - 'a'];
      uneven -= d != 0;
      d += by;
      uneven += d != 0;
    };
    for (int right = 0; right < n; ++right) {
      bump(s[right], +1);                      // add(right)
      if (right >= k) bump(s[right - k], -1);  // remove(right - k)
      // invariant: diff describes the window s[max(0, right-k+1)..right]
      // on_window(left)
      if (right >= k - 1 && uneven == 0) starts.push_back(right - k + 1);
    }
    return starts;
  }
};
