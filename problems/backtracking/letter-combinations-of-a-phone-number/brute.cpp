// Brute force: no recursion. Start from the one empty string and, key by key,
// replace the list by every string of it followed by every letter of the key.
// Time:  O(4^n * n)
// Space: O(4^n * n)

class Solution {
 public:
  vector<string> letterCombinations(string digits) {
    if (digits.empty()) return {};
    const vector<string> keys = {"", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};
    vector<string> strings = {""};
    for (char d : digits) {
      vector<string> longer;
      for (const string& s : strings)
        for (char c : keys[d - '0']) longer.push_back(s + c);
      strings = longer;
    }
    return strings;
  }
};
