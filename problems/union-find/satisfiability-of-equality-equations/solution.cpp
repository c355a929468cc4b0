// Time:  O(n * alpha(26))
// Space: O(1)
// Invariant: after the first pass, two letters share a root under find
//   exactly when a chain of == equations links them, with one parent_ tree
//   per group of equal letters.

// Union-find as in patterns/include/kata/patterns/union_find.hpp (find, unite),
// over the 26 letters.
class Solution {
 public:
  bool equationsPossible(vector<string>& equations) {
    parent_.resize(26);
    iota(parent_.begin(), parent_.end(), 0);
    size_.assign(26, 1);
    for (const string& e : equations)
      if (e[1] == '=') unite(e[0] - 'a', e[3] - 'a');
    // Every == fact has merged its letters; a != fact fails iff its
    // letters share a set.
    for (const string& e : equations)
      if (e[1] == '!' && find(e[0] - 'a') == find(e[3] - 'a')) return false;
    return true;
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
