// Time:  O(n * alpha(n))
// Space: O(n)
// Invariant: the parent_ trees group exactly the nodes joined by the edges
//   handled so far, and those edges form a forest, so the first edge whose ends
//   share a root closes the cycle.

// Union-find as in patterns/include/kata/patterns/union_find.hpp (find,
// unite): the first edge whose ends are already connected closes the only
// cycle, and the other cycle edges all came before it, so it is the last
// of them in the list.
class Solution {
 public:
  vector<int> findRedundantConnection(vector<vector<int>>& edges) {
    int n = static_cast<int>(edges.size());
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    size_.assign(n + 1, 1);
    for (const auto& e : edges)
      if (!unite(e[0], e[1])) return e;
    return {};
  }

 private:
  vector<int> parent_, size_;

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
    return true;
  }
};
