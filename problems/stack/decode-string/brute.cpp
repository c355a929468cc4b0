// Brute force: expand one innermost group at a time. The first ']' closes the last
// '[' before it, and nothing between them is a bracket; the digits just before that
// '[' are its count. Replace "k[inside]" by k copies of inside and start over, until
// no bracket is left.
// Time:  O(g * (n + L)), g = the number of groups, L = the decoded length
// Space: O(L)

class Solution {
 public:
  string decodeString(string s) {
    for (size_t close = s.find(']'); close != string::npos; close = s.find(']')) {
      const size_t open = s.rfind('[', close);
      size_t first_digit = open;
      while (first_digit > 0 && isdigit(static_cast<unsigned char>(s[first_digit - 1]))) --first_digit;
      const int times = stoi(s.substr(first_digit, open - first_digit));
      const string inside = s.substr(open + 1, close - open - 1);
      string expanded;
      for (int i = 0; i < times; ++i) expanded += inside;
      s = s.substr(0, first_digit) + expanded + s.substr(close + 1);
    }
    return s;
  }
};
