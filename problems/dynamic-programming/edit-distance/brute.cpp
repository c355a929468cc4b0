// Brute force: straight from the definition, with no cache. To turn word1 into
// word2, look at their first letters: skip both for free if they are equal, or pay
// one for replacing, deleting or inserting, and recurse on what remains.
// Time:  O(3^(m + n))
// Space: O(m + n) of recursion

class Solution {
 public:
  int minDistance(string word1, string word2) { return edits(word1, 0, word2, 0); }

 private:
  int edits(const string& a, size_t i, const string& b, size_t j) {
    if (i == a.size()) return static_cast<int>(b.size() - j);  // insert the rest
    if (j == b.size()) return static_cast<int>(a.size() - i);  // delete the rest
    int both = edits(a, i + 1, b, j + 1) + (a[i] == b[j] ? 0 : 1);  // keep or replace
    int del = 1 + edits(a, i + 1, b, j);                              // delete a[i]
    int ins = 1 + edits(a, i, b, j + 1);                              // insert b[j]
    return min({both, del, ins});
  }
};
