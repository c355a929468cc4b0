// Time:  O(4^n * n): up to 4^n strings of length n
// Space: O(n) besides the answer
// Invariant: path holds one letter of each key digits[0..path.size()), taken in
//   order from that key's letters; the key to fill next is digits[path.size()].

// The backtracking frame of patterns/include/kata/patterns/backtracking.hpp:
// the path is the letters chosen so far, the candidates are the letters of
// the next key, and a path is accepted when it has a letter for every key.
// Each choice is undone (pop_back) before the next one, so the path is shared
// by the whole search.
class Solution {
 public:
  vector<string> letterCombinations(string digits) {
    vector<string> result;
    // no keys: no strings, not one empty string
    if (digits.empty()) return result;
    string path;
    backtrack(digits, path, result);
    return result;
  }

 private:
  static constexpr const char* kLetters[10] = {
      "", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"};

  static void backtrack(const string& digits, string& path,
                        vector<string>& result) {
    if (path.size() == digits.size()) {  // accept: a letter for every key
      result.push_back(path);
      return;
    }
    // candidates
    for (const char* c = kLetters[digits[path.size()] - '0']; *c; ++c) {
      path.push_back(*c);               // choose
      backtrack(digits, path, result);  // explore
      path.pop_back();                  // unchoose
    }
  }
};
