// Brute force: a balanced string always holds an adjacent pair "()", "[]" or "{}";
// deleting it leaves a balanced string. Delete such pairs until none is left: the
// string was valid exactly when nothing remains.
// Time:  O(n^2)
// Space: O(n)

class Solution {
 public:
  bool isValid(string s) {
    for (bool deleted = true; deleted;) {
      deleted = false;
      for (const char* pair : {"()", "[]", "{}"}) {
        for (size_t at = s.find(pair); at != string::npos; at = s.find(pair)) {
          s.erase(at, 2);
          deleted = true;
        }
      }
    }
    return s.empty();
  }
};
