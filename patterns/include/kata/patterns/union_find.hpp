// Union-find (disjoint sets): which elements are connected, as edges arrive.
//
// Elements are 0..n-1. Each set is a tree stored in `parent_`; its root names the
// set. Two tricks keep the trees flat: find() points every node it walks past
// straight at the root (path compression), and unite() hangs the smaller tree
// under the larger (union by size). Together they make every operation cost
// amortised O(alpha(n)), which is a constant for any n that fits in memory.
// find() is iterative so a long chain can never overflow the stack.
#pragma once

#include <numeric>  // std::iota
#include <utility>  // std::swap
#include <vector>

namespace kata::patterns {

class UnionFind {
 public:
  explicit UnionFind(int n)
      : parent_(static_cast<std::size_t>(n)), size_(static_cast<std::size_t>(n), 1), sets_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }

  // The root of x's set. Invariant: following parent_ from any node ends at a
  // root r with parent_[r] == r, and two nodes share a root iff they are connected.
  int find(int x) {
    int root = x;
    while (parent_[at(root)] != root) root = parent_[at(root)];
    while (parent_[at(x)] != root) {  // second pass: compress the path
      int next = parent_[at(x)];
      parent_[at(x)] = root;
      x = next;
    }
    return root;
  }

  // Merges the sets of a and b; false when they were already one set (the edge
  // a-b closes a cycle).
  bool unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a == b) return false;
    if (size_[at(a)] < size_[at(b)]) std::swap(a, b);
    parent_[at(b)] = a;
    size_[at(a)] += size_[at(b)];
    --sets_;
    return true;
  }

  bool same(int a, int b) { return find(a) == find(b); }

  // The number of elements in x's set.
  int size_of(int x) { return size_[at(find(x))]; }

  // The number of disjoint sets.
  int count() const { return sets_; }

 private:
  static std::size_t at(int x) { return static_cast<std::size_t>(x); }

  std::vector<int> parent_;
  std::vector<int> size_;  // meaningful at roots only
  int sets_;
};

}  // namespace kata::patterns
