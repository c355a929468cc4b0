// Time:  O(h + k), h = the tree's height
// Space: O(h)
// Invariant: the nodes popped so far are the tree's smallest values in
//   increasing order, k dropping by one for each, and path holds the unvisited
//   ancestors that have node's subtree on their left.

// An in-order walk of a BST meets the values in increasing order, so the k-th
// node it visits holds the answer. The walk is iterative: `path` holds the
// nodes whose left subtree is being walked and which have not been visited yet,
// deepest on top. Each visit pops one node and pushes the left spine of its
// right subtree; the walk stops at the k-th visit instead of listing the whole
// tree: the walk of kata::patterns::inorder_iterative
// (patterns/include/kata/patterns/binary_tree.hpp).
class Solution {
 public:
  int kthSmallest(TreeNode* root, int k) {
    vector<TreeNode*> path;
    TreeNode* node = root;
    while (true) {
      // down to the smallest not yet visited
      for (; node; node = node->left) path.push_back(node);
      node = path.back();
      path.pop_back();
      if (--k == 0) return node->val;  // the k-th value in increasing order
      node = node->right;
    }
  }
};
