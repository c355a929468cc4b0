// Time:  O(n + m * alpha(n))
// Space: O(n)
// Invariant: parent_ links form one tree per group joined by the cables
//   handled so far, size_[root] is that tree's node count, and sets_ equals
//   the number of such groups.

// Union-find as in patterns/include/kata/patterns/union_find.hpp (find, unite,
// count of sets): k groups need k - 1 moves, and with at least n - 1 cables
// there are always enough spare ones (cables inside a group) to make them.
class Solution {
 public:
  int makeConnected(int n, vector<vector<int>>& connections) {
    if (static_cast<long long>(connections.size()) < n - 1) return -1;
    parent_.resize(n);
    iota(parent_.begin(), parent_.end(), 0);
    size_.assign(n, 1);
    sets_ = n;
    for (const auto& c : connections) unite(c[0], c[1]);
    return sets_ - 1;
  }

 private:
  vector<int> parent_, size_;
  int sets_ = 0;  // the number of groups that can talk among themselves

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
