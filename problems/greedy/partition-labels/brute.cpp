// Brute force: a cut between s[i] and s[i + 1] is allowed exactly when no letter
// occurs on both sides of it, and a split is valid exactly when each of its cuts is
// allowed. Whether a cut is allowed does not depend on the other cuts, so the most
// parts come from making every allowed cut. Each cut is checked by comparing the
// letters on its left with those on its right.
// Time:  O(n^2)
// Space: O(n)

class Solution {
 public:
  vector<int> partitionLabels(string s) {
    vector<int> sizes;
    int start = 0;
    const int n = static_cast<int>(s.size());
    for (int i = 0; i < n; ++i) {
      const set<char> left(s.begin(), s.begin() + i + 1), right(s.begin() + i + 1, s.end());
      bool allowed = true;
      for (char c : left) allowed = allowed && !right.count(c);
      if (allowed) {
        sizes.push_back(i + 1 - start);
        start = i + 1;
      }
    }
    return sizes;
  }
};
