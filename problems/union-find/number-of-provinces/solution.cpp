// Time:  O(n^2 * alpha(n))
// Space: O(n)
// Invariant: parent_ links form one tree per province joined by the roads
//   handled so far, size_[root] is that tree's node count, and sets_ equals the
//   number of such provinces.

// Union-find as in patterns/include/kata/patterns/union_find.hpp (find, unite,
// count of sets): every road merges two provinces unless they are already one.
class Solution {
 public:
  int findCircleNum(vector<vector<int>>& isConnected) {
    int n = static_cast<int>(isConnected.size());
    parent_.resize(n);
    iota(parent_.begin(), parent_.end(), 0);
    size_.assign(n, 1);
    sets_ = n;
    for (int i = 0; i < n; ++i)
      for (int j = i + 1; j < n; ++j)
        if (isConnected[i][j]) unite(i, j);
    return sets_;
  }

 private:
  vector<int> parent_, size_;
  int sets_ = 0;  // the number of provinces among the roads seen so far

  int find(int x) {
    int root = x;
    while (parent_[root] != root) root = parent_[root];
    // path compression
    while (parent_[x] != root) x = exchange(parent_[x], root);
    return root;
  }

  bool unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return false;
    if (size_[a] < size_[b]) swap(a, b);  // union by size
    parent_[b] = a;
    size_[a] += size_[b];
    --sets_;
    return true;
  }
};
