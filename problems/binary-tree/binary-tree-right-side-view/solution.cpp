// Time:  O(n)
// Space: O(h), h = the tree's height (the answer itself has h values)
// Invariant: todo pops nodes in pre-order with right before left, so seen[d] is
//   the first node met at depth d, the rightmost one, and seen.size() is one
//   more than the deepest depth met so far.

// Depth-first, right child before left: at every depth, the first node
// this walk reaches is the rightmost node of that depth, the one seen from
// the right. So a node is seen exactly when its depth equals the number of
// values found so far. The walk keeps its own stack of (node, depth), so a
// tall tree costs no recursion; kata::patterns::right_side_view
// (patterns/include/kata/patterns/binary_tree.hpp) is the same walk
// written recursively.
class Solution {
 public:
  vector<int> rightSideView(TreeNode* root) {
    vector<int> seen;
    vector<pair<TreeNode*, size_t>> todo;
    if (root) todo.push_back({root, 0});
    while (!todo.empty()) {
      auto [node, depth] = todo.back();
      todo.pop_back();
      // the first node met at this depth
      if (depth == seen.size()) seen.push_back(node->val);
      if (node->left) todo.push_back({node->left, depth + 1});
      // on top: taken first
      if (node->right) todo.push_back({node->right, depth + 1});
    }
    return seen;
  }
};
