#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <cstdlib>  // std::abs
#include <deque>
#include <functional>  // std::greater_equal
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <vector>

#include <kata/patterns/binary_tree.hpp>

#include "lcg.hpp"

using kata::patterns::balanced_from_sorted;
using kata::patterns::diameter_edges;
using kata::patterns::flatten_preorder;
using kata::patterns::from_preorder_inorder;
using kata::patterns::inorder_iterative;
using kata::patterns::inorder_recursive;
using kata::patterns::inorder_values;
using kata::patterns::is_bst;
using kata::patterns::is_mirror;
using kata::patterns::lowest_common_ancestor;
using kata::patterns::max_depth;
using kata::patterns::mirror;
using kata::patterns::morris_inorder;
using kata::patterns::report_up;
using kata::patterns::right_side_view;

using kata::patterns::test::Lcg;

namespace {

// LeetCode's TreeNode, declared here so the test does not need kata's prelude.
struct Node {
  int val;
  Node* left = nullptr;
  Node* right = nullptr;
  explicit Node(int v) : val(v) {}
};

// Owns every node one test makes.
struct Forest {
  std::vector<std::unique_ptr<Node>> nodes;
  Node* make(int v) {
    nodes.push_back(std::make_unique<Node>(v));
    return nodes.back().get();
  }
  auto maker() {
    return [this](int v) { return make(v); };
  }
};

// A tree in LeetCode's level order, `null` for a missing child.
using Level = std::vector<std::optional<int>>;
const std::optional<int> null;

Node* decode(const Level& level, Forest& f) {
  if (level.empty() || !level[0]) return nullptr;
  Node* root = f.make(*level[0]);
  std::deque<Node*> parents{root};
  std::size_t i = 1;
  while (i < level.size() && !parents.empty()) {
    Node* p = parents.front();
    parents.pop_front();
    for (Node** slot : {&p->left, &p->right}) {
      if (i >= level.size()) break;
      if (level[i]) {
        *slot = f.make(*level[i]);
        parents.push_back(*slot);
      }
      ++i;
    }
  }
  return root;
}

Level encode(const Node* root) {
  Level out;
  std::deque<const Node*> q{root};
  if (!root) return out;
  while (!q.empty()) {
    const Node* n = q.front();
    q.pop_front();
    if (!n) {
      out.push_back(null);
      continue;
    }
    out.push_back(n->val);
    q.push_back(n->left);
    q.push_back(n->right);
  }
  while (!out.empty() && !out.back()) out.pop_back();
  return out;
}

// A random tree of n nodes: each new node takes a random free child slot.
Node* random_tree(Lcg& next, Forest& f, int n, int lo, int hi) {
  if (n <= 0) return nullptr;
  Node* root = f.make(next(lo, hi));
  std::vector<std::pair<Node*, int>> free{{root, 0}, {root, 1}};
  for (int i = 1; i < n; ++i) {
    auto k = static_cast<std::size_t>(next(0, static_cast<int>(free.size()) - 1));
    auto [parent, side] = free[k];
    free[k] = free.back();
    free.pop_back();
    Node* child = f.make(next(lo, hi));
    (side == 0 ? parent->left : parent->right) = child;
    free.push_back({child, 0});
    free.push_back({child, 1});
  }
  return root;
}

// The obvious versions the templates are compared with.
void preorder(Node* n, std::vector<Node*>& out) {
  if (!n) return;
  out.push_back(n);
  preorder(n->left, out);
  preorder(n->right, out);
}

void inorder(Node* n, std::vector<int>& out) {
  if (!n) return;
  inorder(n->left, out);
  out.push_back(n->val);
  inorder(n->right, out);
}

std::vector<int> inorder(Node* n) {
  std::vector<int> out;
  inorder(n, out);
  return out;
}

std::vector<std::vector<int>> levels(const Node* root) {
  std::vector<std::vector<int>> rows;
  std::vector<const Node*> level;
  if (root) level.push_back(root);
  while (!level.empty()) {
    rows.emplace_back();
    std::vector<const Node*> next;
    for (const Node* n : level) {
      rows.back().push_back(n->val);
      if (n->left) next.push_back(n->left);
      if (n->right) next.push_back(n->right);
    }
    level = next;
  }
  return rows;
}

// The longest shortest path between two nodes, by a search from every node over the
// tree's edges taken both ways.
int diameter_by_searching(Node* root) {
  std::vector<Node*> all;
  preorder(root, all);
  std::map<Node*, std::vector<Node*>> adj;
  for (Node* n : all)
    for (Node* c : {n->left, n->right})
      if (c) {
        adj[n].push_back(c);
        adj[c].push_back(n);
      }
  int best = 0;
  for (Node* s : all) {
    std::map<Node*, int> dist{{s, 0}};
    std::deque<Node*> q{s};
    while (!q.empty()) {
      Node* u = q.front();
      q.pop_front();
      best = std::max(best, dist[u]);
      for (Node* v : adj[u])
        if (!dist.count(v)) {
          dist[v] = dist[u] + 1;
          q.push_back(v);
        }
    }
  }
  return best;
}

// Every node against every value of its two subtrees.
bool bst_by_comparing_all(Node* n) {
  if (!n) return true;
  for (int v : inorder(n->left))
    if (!(v < n->val)) return false;
  for (int v : inorder(n->right))
    if (!(n->val < v)) return false;
  return bst_by_comparing_all(n->left) && bst_by_comparing_all(n->right);
}

int height(const Node* n) { return n ? 1 + std::max(height(n->left), height(n->right)) : 0; }

bool balanced_everywhere(const Node* n) {
  if (!n) return true;
  return std::abs(height(n->left) - height(n->right)) <= 1 && balanced_everywhere(n->left) &&
         balanced_everywhere(n->right);
}

// The path of nodes from the root down to target (empty when it is not in the tree).
bool path_to(Node* n, const Node* target, std::vector<Node*>& path) {
  if (!n) return false;
  path.push_back(n);
  if (n == target || path_to(n->left, target, path) || path_to(n->right, target, path)) return true;
  path.pop_back();
  return false;
}

Node* copy_mirrored(const Node* n, Forest& f) {
  if (!n) return nullptr;
  Node* c = f.make(n->val);
  c->left = copy_mirrored(n->right, f);
  c->right = copy_mirrored(n->left, f);
  return c;
}

// A path of n nodes, each the left (or right) child of the one before.
Node* chain(Forest& f, int n, bool left) {
  Node* root = nullptr;
  for (int i = n; i >= 1; --i) {
    Node* p = f.make(i);
    (left ? p->left : p->right) = root;
    root = p;
  }
  return root;
}

}  // namespace

TEST_CASE("report_up hands each node its children's reports", "[binary-tree]") {
  Forest f;
  Node* root = decode({3, 9, 20, null, null, 15, 7}, f);
  CHECK(max_depth(root) == 3);
  CHECK(report_up(root, 0, [](Node*, int l, int r) { return 1 + l + r; }) == 5);  // a node count
  long long sum = report_up(root, 0LL, [](Node* n, long long l, long long r) { return n->val + l + r; });
  CHECK(sum == 54);

  SECTION("the empty tree reports `empty`") {
    CHECK(max_depth(static_cast<Node*>(nullptr)) == 0);
    CHECK(report_up(static_cast<Node*>(nullptr), -7, [](Node*, int, int) { return 0; }) == -7);
  }
  SECTION("depth counts nodes, not edges") {
    CHECK(max_depth(decode({1}, f)) == 1);
    CHECK(max_depth(decode({1, null, 2}, f)) == 2);
  }
}

TEST_CASE("diameter_edges finds the longest path, through the root or not", "[binary-tree]") {
  Forest f;
  CHECK(diameter_edges(decode({1, 2, 3, 4, 5}, f)) == 3);
  CHECK(diameter_edges(decode({1, 2}, f)) == 1);
  CHECK(diameter_edges(decode({1}, f)) == 0);
  CHECK(diameter_edges(static_cast<Node*>(nullptr)) == 0);
  // The longest path bends at 2 and never visits the root: 7-5-4-2-3-6-8 (6 edges).
  CHECK(diameter_edges(decode({1, 2, null, 4, 3, 5, null, 6, null, 7, null, 8}, f)) == 6);
}

TEST_CASE("diameter_edges agrees with a search from every node", "[binary-tree]") {
  Lcg next{543};
  for (int round = 0; round < 300; ++round) {
    Forest f;
    Node* root = random_tree(next, f, next(0, 14), -5, 5);
    INFO("round " << round);
    CHECK(diameter_edges(root) == diameter_by_searching(root));
    CHECK(max_depth(root) == static_cast<int>(levels(root).size()));
  }
}

TEST_CASE("The three inorder walks visit the same nodes in the same order", "[binary-tree]") {
  Forest f;
  Node* root = decode({1, 2, 3, 4, 5, null, 8, null, null, 6, 7, 9}, f);
  const std::vector<int> want{4, 2, 6, 5, 7, 1, 3, 9, 8};
  std::vector<int> rec, it, morris;
  inorder_recursive(root, [&](Node* n) { rec.push_back(n->val); });
  inorder_iterative(root, [&](Node* n) { it.push_back(n->val); });
  const Level before = encode(root);
  morris_inorder(root, [&](Node* n) { morris.push_back(n->val); });
  CHECK(rec == want);
  CHECK(it == want);
  CHECK(morris == want);
  CHECK(encode(root) == before);  // Morris removed every thread it made
  CHECK(inorder_values(decode({1, null, 2, 3}, f)) == std::vector<int>{1, 3, 2});
  CHECK(inorder_values(static_cast<Node*>(nullptr)).empty());
}

TEST_CASE("Inorder walks agree with recursion on random trees; Morris leaves the tree intact",
          "[binary-tree]") {
  Lcg next{94};
  for (int round = 0; round < 300; ++round) {
    Forest f;
    Node* root = random_tree(next, f, next(0, 15), -3, 3);
    INFO("round " << round);
    const std::vector<int> want = inorder(root);
    std::vector<Node*> it, morris;
    inorder_iterative(root, [&](Node* n) { it.push_back(n); });
    const Level before = encode(root);
    morris_inorder(root, [&](Node* n) { morris.push_back(n); });
    CHECK(it == morris);  // the same nodes, not only the same values
    std::vector<int> vals;
    for (Node* n : it) vals.push_back(n->val);
    CHECK(vals == want);
    CHECK(encode(root) == before);
  }
}

TEST_CASE("Deep trees: a path of 10^4 nodes", "[binary-tree]") {
  Forest f;
  Node* left = chain(f, 10000, true);
  Node* right = chain(f, 10000, false);
  CHECK(max_depth(left) == 10000);
  CHECK(diameter_edges(right) == 9999);
  std::vector<int> up(10000);
  for (int i = 0; i < 10000; ++i) up[static_cast<std::size_t>(i)] = 10000 - i;
  CHECK(inorder_values(left) == up);
  std::vector<int> morris;
  morris_inorder(right, [&](Node* n) { morris.push_back(n->val); });
  CHECK(morris.size() == 10000);
  CHECK(std::is_sorted(morris.begin(), morris.end()));
  CHECK(is_bst(right));
  CHECK(right_side_view(left).size() == 10000);
}

TEST_CASE("is_bst passes the bounds down and accepts the ends of int", "[binary-tree]") {
  Forest f;
  CHECK(is_bst(decode({2, 1, 3}, f)));
  CHECK_FALSE(is_bst(decode({5, 1, 4, null, null, 3, 6}, f)));
  // Every parent-child pair is in order, but 3 sits in the right subtree of 5.
  CHECK_FALSE(is_bst(decode({5, 4, 6, null, null, 3, 7}, f)));
  CHECK(is_bst(static_cast<const Node*>(nullptr)));

  SECTION("the ends of int are ordinary values") {
    CHECK(is_bst(decode({INT_MAX}, f)));
    CHECK(is_bst(decode({INT_MIN}, f)));
    CHECK(is_bst(decode({INT_MIN, null, INT_MAX}, f)));
    CHECK(is_bst(decode({INT_MAX, INT_MIN}, f)));
    CHECK(is_bst(decode({0, INT_MIN, INT_MAX}, f)));
  }
  SECTION("equal values break the strict order, on either side") {
    CHECK_FALSE(is_bst(decode({1, 1}, f)));
    CHECK_FALSE(is_bst(decode({1, null, 1}, f)));
    CHECK_FALSE(is_bst(decode({INT_MAX, null, INT_MAX}, f)));
    CHECK_FALSE(is_bst(decode({INT_MIN, INT_MIN}, f)));
  }
}

TEST_CASE("is_bst agrees with comparing every node to its whole subtrees", "[binary-tree]") {
  Lcg next{98};
  int valid = 0;
  for (int round = 0; round < 500; ++round) {
    Forest f;
    const int n = next(0, 8);
    Node* root = nullptr;
    if (round % 2 == 0) {
      root = random_tree(next, f, n, -4, 4);
    } else {
      // A valid BST, then maybe one value nudged: the near misses that matter.
      std::set<int> s;
      while (static_cast<int>(s.size()) < n) s.insert(next(-20, 20));
      std::vector<int> sorted(s.begin(), s.end());
      root = balanced_from_sorted(sorted, f.maker());
      if (root && next(0, 1)) {
        std::vector<Node*> all;
        preorder(root, all);
        all[static_cast<std::size_t>(next(0, static_cast<int>(all.size()) - 1))]->val += next(-6, 6);
      }
    }
    INFO("round " << round);
    const bool want = bst_by_comparing_all(root);
    CHECK(is_bst(root) == want);
    const std::vector<int> in = inorder(root);
    CHECK(want == (std::adjacent_find(in.begin(), in.end(), std::greater_equal<int>()) == in.end()));
    valid += want;
  }
  CHECK(valid > 100);  // both answers come up often
  CHECK(valid < 400);
}

TEST_CASE("balanced_from_sorted builds a height-balanced BST of the values", "[binary-tree]") {
  Forest f;
  Node* root = balanced_from_sorted(std::vector<int>{-10, -3, 0, 5, 9}, f.maker());
  CHECK(encode(root) == Level{0, -3, 9, -10, null, 5});  // the upper middle of an even stretch
  CHECK(balanced_from_sorted(std::vector<int>{}, f.maker()) == nullptr);
  CHECK(encode(balanced_from_sorted(std::vector<int>{1, 3}, f.maker())) == Level{3, 1});

  Lcg next{108};
  for (int n = 0; n <= 70; ++n) {
    std::set<int> s;
    while (static_cast<int>(s.size()) < n) s.insert(next(-10000, 10000));
    std::vector<int> sorted(s.begin(), s.end());
    Node* t = balanced_from_sorted(sorted, f.maker());
    INFO("n = " << n);
    CHECK(inorder(t) == sorted);
    CHECK(balanced_everywhere(t));
    CHECK(is_bst(t));
  }
}

TEST_CASE("from_preorder_inorder rebuilds the tree", "[binary-tree]") {
  Forest f;
  Node* root = from_preorder_inorder(std::vector<int>{3, 9, 20, 15, 7},
                                     std::vector<int>{9, 3, 15, 20, 7}, f.maker());
  CHECK(encode(root) == Level{3, 9, 20, null, null, 15, 7});
  CHECK(encode(from_preorder_inorder(std::vector<int>{-1}, std::vector<int>{-1}, f.maker())) ==
        Level{-1});
  CHECK(from_preorder_inorder(std::vector<int>{}, std::vector<int>{}, f.maker()) == nullptr);
  CHECK_THROWS_AS(from_preorder_inorder(std::vector<int>{1, 2}, std::vector<int>{1}, f.maker()),
                  std::invalid_argument);
  CHECK_THROWS_AS(from_preorder_inorder(std::vector<int>{1, 2}, std::vector<int>{1, 3}, f.maker()),
                  std::invalid_argument);
  CHECK_THROWS_AS(from_preorder_inorder(std::vector<int>{1, 1}, std::vector<int>{1, 1}, f.maker()),
                  std::invalid_argument);

  Lcg next{105};
  for (int round = 0; round < 300; ++round) {
    Forest g;
    const int n = next(0, 14);
    Node* t = random_tree(next, g, n, 0, 0);
    std::vector<Node*> pre;
    preorder(t, pre);
    std::vector<int> values(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) values[static_cast<std::size_t>(i)] = i * 7 - 40;
    for (int i = n - 1; i > 0; --i) std::swap(values[static_cast<std::size_t>(i)], values[static_cast<std::size_t>(next(0, i))]);
    for (std::size_t i = 0; i < pre.size(); ++i) pre[i]->val = values[i];  // distinct values
    std::vector<int> pv;
    for (Node* p : pre) pv.push_back(p->val);
    INFO("round " << round);
    CHECK(encode(from_preorder_inorder(pv, inorder(t), g.maker())) == encode(t));
  }
}

TEST_CASE("lowest_common_ancestor is where the two root paths part", "[binary-tree]") {
  Forest f;
  Node* root = decode({3, 5, 1, 6, 2, 0, 8, null, null, 7, 4}, f);
  Node* five = root->left;
  Node* one = root->right;
  Node* four = five->right->right;
  CHECK(lowest_common_ancestor(root, five, one) == root);
  CHECK(lowest_common_ancestor(root, five, four) == five);  // a node is its own ancestor
  CHECK(lowest_common_ancestor(root, four, four) == four);

  Lcg next{236};
  for (int round = 0; round < 300; ++round) {
    Forest g;
    Node* t = random_tree(next, g, next(1, 14), 0, 9);
    std::vector<Node*> all;
    preorder(t, all);
    Node* p = all[static_cast<std::size_t>(next(0, static_cast<int>(all.size()) - 1))];
    Node* q = all[static_cast<std::size_t>(next(0, static_cast<int>(all.size()) - 1))];
    std::vector<Node*> to_p, to_q;
    path_to(t, p, to_p);
    path_to(t, q, to_q);
    std::size_t common = 0;
    while (common < to_p.size() && common < to_q.size() && to_p[common] == to_q[common]) ++common;
    INFO("round " << round);
    REQUIRE(common > 0);
    CHECK(lowest_common_ancestor(t, p, q) == to_p[common - 1]);
  }
}

TEST_CASE("right_side_view takes the last node of every level", "[binary-tree]") {
  Forest f;
  CHECK(right_side_view(decode({1, 2, 3, null, 5, null, 4}, f)) ==
        std::vector<int>{1, 3, 4});
  // The deepest level hangs off the left side: it is seen from the right all the same.
  CHECK(right_side_view(decode({1, 2, 3, 4}, f)) ==
        std::vector<int>{1, 3, 4});
  CHECK(right_side_view(static_cast<const Node*>(nullptr)).empty());

  Lcg next{199};
  for (int round = 0; round < 300; ++round) {
    Forest g;
    Node* t = random_tree(next, g, next(0, 14), -9, 9);
    std::vector<int> want;
    for (const auto& row : levels(t)) want.push_back(row.back());
    INFO("round " << round);
    CHECK(right_side_view(t) == want);
  }
}

TEST_CASE("flatten_preorder re-links the same nodes into a right chain in preorder",
          "[binary-tree]") {
  Forest f;
  Node* root = decode({1, 2, 5, 3, 4, null, 6}, f);
  flatten_preorder(root);
  CHECK(encode(root) == Level{1, null, 2, null, 3, null, 4, null, 5, null, 6});
  flatten_preorder(static_cast<Node*>(nullptr));  // nothing to do, no crash

  Lcg next{114};
  for (int round = 0; round < 300; ++round) {
    Forest g;
    Node* t = random_tree(next, g, next(0, 14), -9, 9);
    std::vector<Node*> want;
    preorder(t, want);
    flatten_preorder(t);
    std::vector<Node*> got;
    for (Node* n = t; n; n = n->right) {
      got.push_back(n);
      CHECK(n->left == nullptr);
    }
    INFO("round " << round);
    CHECK(got == want);  // the very same nodes, no copies
  }
}

TEST_CASE("mirror swaps the children everywhere; is_mirror recognises symmetry",
          "[binary-tree]") {
  Forest f;
  Node* root = decode({4, 2, 7, 1, 3, 6, 9}, f);
  mirror(root);
  CHECK(encode(root) == Level{4, 7, 2, 9, 6, 3, 1});
  mirror(static_cast<Node*>(nullptr));
  const Node* sym = decode({1, 2, 2, 3, 4, 4, 3}, f);
  const Node* not_sym = decode({1, 2, 2, null, 3, null, 3}, f);
  CHECK(is_mirror(sym->left, sym->right));
  CHECK_FALSE(is_mirror(not_sym->left, not_sym->right));
  CHECK(is_mirror(static_cast<const Node*>(nullptr), static_cast<const Node*>(nullptr)));

  Lcg next{226};
  int symmetric = 0;
  for (int round = 0; round < 300; ++round) {
    Forest g;
    Node* t = random_tree(next, g, next(0, 7), 0, 1);
    if (round % 3 == 0 && t) {  // make it symmetric on purpose: t's left and its mirror
      Node* half = random_tree(next, g, next(0, 5), 0, 1);
      t->left = half;
      t->right = copy_mirrored(half, g);
    }
    INFO("round " << round);
    const Level want = encode(copy_mirrored(t, g));
    const bool symmetric_want = encode(t) == want;
    CHECK(is_mirror(t, t) == symmetric_want);
    if (t) CHECK(is_mirror(t->left, t->right) == symmetric_want);
    symmetric += symmetric_want;
    const Level before = encode(t);
    mirror(t);
    CHECK(encode(t) == want);
    mirror(t);
    CHECK(encode(t) == before);
  }
  CHECK(symmetric > 60);
}
