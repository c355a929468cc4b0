// Time:  O(n)
// Space: O(n)
// Invariant: expected holds, innermost last, the closer owed for each opener
//   read so far and not yet closed, and every closer read so far matched the
//   top of expected at its turn.

// The bracket matcher of kata::patterns::brackets_balanced
// (patterns/include/kata/patterns/stack.hpp): every opener pushes the closer it
// now waits for; a closer must be the one on top, and pops it.
class Solution {
 public:
  bool isValid(string s) {
    if (s.size() % 2 != 0) return false;  // brackets come in pairs
    // closers still owed, the innermost on top
    string expected;
    for (char c : s) {
      if (c == '(')
        expected.push_back(')');
      else if (c == '[')
        expected.push_back(']');
      else if (c == '{')
        expected.push_back('}');
      // nothing open, or the wrong kind
      else if (expected.empty() || expected.back() != c)
        return false;
      else
        expected.pop_back();
    }
    return expected.empty();  // an opener left over was never closed
  }
};
