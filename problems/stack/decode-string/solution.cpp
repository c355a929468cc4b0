// Time:  O(n + d * L), L = decoded length, d = the deepest nesting of brackets
// Space: O(n + L)
// Invariant: current is the decoded text of the innermost open level so far,
//   outer holds each enclosing level's text with the count before the '[' that
//   opened the next, and count is the number being read.

// The nested fold of kata::patterns::fold_nested
// (patterns/include/kata/patterns/stack.hpp): `current` is the text decoded so
// far at the innermost open level. '[' saves it, with the count read just
// before, on a stack and starts the inside afresh; ']' takes the saved level
// back and appends the finished inside to it as many times as the count says.
class Solution {
 public:
  string decodeString(string s) {
    // (text of the enclosing level so far, the count before its '[')
    vector<pair<string, int>> outer;
    string current;
    // digits read since the last bracket or letter: the next '[''s count
    int count = 0;
    for (char c : s) {
      if (isdigit(static_cast<unsigned char>(c))) {
        count = count * 10 + (c - '0');
      } else if (c == '[') {
        outer.emplace_back(std::move(current), count);
        current.clear();
        count = 0;
      } else if (c == ']') {
        auto [text, times] = std::move(outer.back());
        outer.pop_back();
        text.reserve(text.size() + current.size() * static_cast<size_t>(times));
        for (int i = 0; i < times; ++i) text += current;
        current = std::move(text);  // back at the enclosing level
      } else {
        current.push_back(c);
      }
    }
    return current;
  }
};
