// Binary trees: a node, its left subtree and its right subtree, and almost every
// question about the whole answered by asking the same question of the two halves.
//
// Every function takes any node type with `val`, `left` and `right` (LeetCode's
// TreeNode, or a test's own), so the header needs nothing from kata's prelude.
// Functions that make nodes take `make(value) -> Node*`; who owns the nodes is the
// caller's business (kata's arena, LeetCode's `new`, a test's vector).
//
// The shapes, used by the problems of the pattern:
// - report_up: post-order, the value a subtree reports to its parent. Depth is the
//   plainest (max_depth); a diameter or a best path is a report plus a global best
//   the combine step updates on the side (diameter_edges).
// - traversals: inorder_recursive, inorder_iterative (an explicit stack of the left
//   spine), morris_inorder (no stack: a temporary thread from each in-order
//   predecessor back to its successor, removed on the second visit).
// - BST: is_bst passes the bounds down (the nearest ancestors a node must stay
//   between); balanced_from_sorted builds a BST by taking the middle as the root.
// - from_preorder_inorder: the first preorder value is the root, its position in the
//   inorder splits the rest into the two subtrees.
// - lowest_common_ancestor: a subtree reports the target it holds, or the ancestor
//   once both are found below one node.
// - right_side_view: depth-first, right child first, the first node met at each new
//   depth is the one seen from the right.
// - flatten_preorder: re-link in place into a right-leaning chain in preorder, O(1)
//   extra space (each left subtree is spliced in front of the right one).
// - mirror / is_mirror: swap the children everywhere; compare a tree with its mirror.
//
// Recursion depth is the tree's height: a path-shaped tree of n nodes recurses n deep.
// 10^4 frames of these small functions fit in a default 8 MiB stack easily; the
// iterative versions (inorder_iterative, morris_inorder, flatten_preorder) never
// recurse at all.
#pragma once

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kata::patterns {

// The type of a node's `val`.
template <class Node>
using tree_value_t = std::remove_cvref_t<decltype(std::declval<const Node&>().val)>;

// Post-order fold: the report of an empty subtree is `empty`; the report of a node is
// combine(node, report of its left subtree, report of its right subtree). Whatever
// the problem keeps as a global best, combine updates through its captures: it sees
// both halves of every path that bends at `node`.
template <class R, class Node, class Combine>
R report_up(Node* node, const R& empty, Combine&& combine) {
  if (!node) return empty;
  R left = report_up(node->left, empty, combine);
  R right = report_up(node->right, empty, combine);
  return combine(node, std::move(left), std::move(right));
}

// The number of nodes on the longest path from the root down to a leaf (0 when empty).
template <class Node>
int max_depth(Node* root) {
  return report_up(root, 0, [](Node*, int l, int r) { return 1 + std::max(l, r); });
}

// The number of edges on the longest path between any two nodes (0 for zero or one
// node). Each subtree reports its depth; the longest path bending at a node joins the
// deepest path of each side, l + r edges, which is the global best's candidate.
template <class Node>
int diameter_edges(Node* root) {
  int best = 0;
  report_up(root, 0, [&best](Node*, int l, int r) {
    best = std::max(best, l + r);  // edges: l down the left, r down the right
    return 1 + std::max(l, r);
  });
  return best;
}

// Calls visit(node) for every node in inorder (left subtree, node, right subtree).
template <class Node, class Visit>
void inorder_recursive(Node* node, Visit&& visit) {
  if (!node) return;
  inorder_recursive(node->left, visit);
  visit(node);
  inorder_recursive(node->right, visit);
}

// The same order with an explicit stack. Invariant: the stack holds, bottom to top,
// the nodes whose left subtree is being walked and which are not yet visited; `cur`
// is the root of the next subtree to walk.
template <class Node, class Visit>
void inorder_iterative(Node* root, Visit&& visit) {
  std::vector<Node*> stack;
  Node* cur = root;
  while (cur || !stack.empty()) {
    while (cur) {  // walk down the left spine, remembering every node passed
      stack.push_back(cur);
      cur = cur->left;
    }
    cur = stack.back();  // its left subtree is done
    stack.pop_back();
    visit(cur);
    cur = cur->right;
  }
}

// The same order in O(1) extra space. Before descending left, the rightmost node of
// the left subtree (the in-order predecessor) gets a temporary right link back to
// the current node; meeting that link again means the left subtree is done, and the
// link is removed. The tree is as it was when the walk ends (visit must not change
// the links).
template <class Node, class Visit>
void morris_inorder(Node* root, Visit&& visit) {
  Node* cur = root;
  while (cur) {
    if (!cur->left) {
      visit(cur);
      cur = cur->right;  // a real child, or a thread back up to the successor
      continue;
    }
    Node* pred = cur->left;
    while (pred->right && pred->right != cur) pred = pred->right;
    if (!pred->right) {
      pred->right = cur;  // first visit: leave a way back, then go left
      cur = cur->left;
    } else {
      pred->right = nullptr;  // second visit: the left subtree is done; undo the thread
      visit(cur);
      cur = cur->right;
    }
  }
}

// The values in inorder, with the explicit stack.
template <class Node>
std::vector<tree_value_t<Node>> inorder_values(Node* root) {
  std::vector<tree_value_t<Node>> out;
  inorder_iterative(root, [&out](Node* n) { out.push_back(n->val); });
  return out;
}

namespace detail {
template <class Node>
bool within(const Node* node, const Node* low, const Node* high) {
  if (!node) return true;
  if (low && !(low->val < node->val)) return false;
  if (high && !(node->val < high->val)) return false;
  return within(node->left, low, node) && within(node->right, node, high);
}
}  // namespace detail

// True when every node is strictly greater than everything in its left subtree and
// strictly smaller than everything in its right subtree. The bounds passed down are
// the ancestors themselves (null: no bound on that side), so any value, INT_MIN and
// INT_MAX included, can be checked without a sentinel.
template <class Node>
bool is_bst(const Node* root) {
  return detail::within(root, static_cast<const Node*>(nullptr),
                        static_cast<const Node*>(nullptr));
}

namespace detail {
template <class Make, class T>
auto balanced(const std::vector<T>& v, std::size_t lo, std::size_t hi, Make& make)
    -> decltype(make(v[0])) {
  if (lo >= hi) return nullptr;
  const std::size_t mid = lo + (hi - lo) / 2;  // v[lo, hi): the middle becomes the root
  auto node = make(v[mid]);
  node->left = balanced(v, lo, mid, make);
  node->right = balanced(v, mid + 1, hi, make);
  return node;
}
}  // namespace detail

// A height-balanced tree whose inorder is `sorted` (so a BST when sorted is strictly
// increasing): the middle value is the root, each half builds a subtree, and the two
// halves differ in size by at most one at every node.
template <class T, class Make>
auto balanced_from_sorted(const std::vector<T>& sorted, Make&& make) -> decltype(make(sorted[0])) {
  return detail::balanced(sorted, 0, sorted.size(), make);
}

namespace detail {
template <class T, class Make>
struct PreIn {
  const std::vector<T>& pre;
  std::unordered_map<T, std::size_t> at;  // a value's position in the inorder
  Make& make;
  std::size_t next = 0;                   // the next preorder value to place
  // The subtree whose inorder is in[lo, hi): its root is the next preorder value.
  auto build(std::size_t lo, std::size_t hi) -> decltype(make(pre[0])) {
    if (lo >= hi) return nullptr;
    const T& value = pre[next++];
    const std::size_t mid = at.at(value);
    auto node = make(value);
    node->left = build(lo, mid);  // preorder lists the whole left subtree first
    node->right = build(mid + 1, hi);
    return node;
  }
};
}  // namespace detail

// The tree with this preorder and this inorder (distinct values, the same multiset
// in both; throws std::invalid_argument otherwise). O(n) with a map from value to
// inorder position.
template <class T, class Make>
auto from_preorder_inorder(const std::vector<T>& preorder, const std::vector<T>& inorder,
                           Make&& make) -> decltype(make(preorder[0])) {
  if (preorder.size() != inorder.size())
    throw std::invalid_argument("preorder and inorder have different lengths");
  detail::PreIn<T, std::remove_reference_t<Make>> b{preorder, {}, make};
  for (std::size_t i = 0; i < inorder.size(); ++i)
    if (!b.at.emplace(inorder[i], i).second)
      throw std::invalid_argument("a value repeats in the inorder");
  for (const T& v : preorder)
    if (!b.at.count(v)) throw std::invalid_argument("a preorder value is missing from the inorder");
  return b.build(0, inorder.size());
}

// The deepest node that has both p and q in its subtree (a node is in its own
// subtree), when both are in the tree. Each subtree reports p or q if it holds
// exactly one of them, the answer once it holds both, and null when it holds neither.
template <class Node>
Node* lowest_common_ancestor(Node* root, const Node* p, const Node* q) {
  if (!root || root == p || root == q) return root;  // the answer, or a target below which
                                                     // the other one may hide
  Node* left = lowest_common_ancestor(root->left, p, q);
  Node* right = lowest_common_ancestor(root->right, p, q);
  if (left && right) return root;  // one on each side: the paths split here
  return left ? left : right;
}

namespace detail {
template <class Node>
void right_first(const Node* node, std::size_t depth, std::vector<tree_value_t<Node>>& seen) {
  if (!node) return;
  if (seen.size() == depth) seen.push_back(node->val);  // the first node met at this depth
  right_first(node->right, depth + 1, seen);
  right_first(node->left, depth + 1, seen);
}
}  // namespace detail

// The last value of each level, top to bottom: what is seen looking at the tree from
// its right. Depth-first with the right child first, so the first node reached at a
// depth is the rightmost one there.
template <class Node>
std::vector<tree_value_t<Node>> right_side_view(const Node* root) {
  std::vector<tree_value_t<Node>> seen;
  detail::right_first(root, 0, seen);
  return seen;
}

// Re-links the tree in place into a chain of right children in preorder, every left
// link null. No stack: at a node with a left subtree, the left subtree's rightmost
// node (the last of it in preorder) takes over the node's right subtree, and the left
// subtree moves to the right. O(n) in all: each left spine's right edge is walked once.
template <class Node>
void flatten_preorder(Node* root) {
  for (Node* cur = root; cur; cur = cur->right) {
    if (!cur->left) continue;
    Node* last = cur->left;
    while (last->right) last = last->right;
    last->right = cur->right;
    cur->right = cur->left;
    cur->left = nullptr;
  }
}

// Swaps the two children of every node: the tree's mirror image, in place.
template <class Node>
void mirror(Node* root) {
  if (!root) return;
  std::swap(root->left, root->right);
  mirror(root->left);
  mirror(root->right);
}

// True when the tree under a is the mirror image of the tree under b: equal values,
// a's left matching b's right and a's right matching b's left, all the way down.
template <class Node>
bool is_mirror(const Node* a, const Node* b) {
  if (!a || !b) return a == b;
  return a->val == b->val && is_mirror(a->left, b->right) && is_mirror(a->right, b->left);
}

}  // namespace kata::patterns
