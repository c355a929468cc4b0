// Brute force: for every start, extend the end until the window covers t; keep the
// shortest window found (the leftmost among equals).
// Time:  O(m^2 * 128)
// Space: O(1)

class Solution {
 public:
  string minWindow(string s, string t) {
    array<int, 128> want{};
    for (char c : t) ++want[static_cast<unsigned char>(c)];
    const int m = static_cast<int>(s.size());
    int best_left = -1, best_length = 0;
    for (int i = 0; i < m; ++i) {
      array<int, 128> have{};
      for (int j = i; j < m; ++j) {
        ++have[static_cast<unsigned char>(s[j])];
        bool covers = true;
        for (int c = 0; c < 128; ++c) covers = covers && have[c] >= want[c];
        if (covers) {
          if (best_left < 0 || j - i + 1 < best_length) {
            best_left = i;
            best_length = j - i + 1;
          }
          break;
        }
      }
    }
    return best_left < 0 ? "" : s.substr(best_left, best_length);
  }
};
