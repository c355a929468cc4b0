// Time:  O(n)
// Space: O(h) for recursion, h = tree height (up to n on a path-shaped tree)
// Invariant: maxDepth(root) returns the number of nodes on the longest downward
//   path of root's subtree, 0 for an empty one, so a parent only adds one to
//   its deeper child's answer.

// Post-order: each subtree reports its depth to its parent, as
// kata::patterns::max_depth (patterns/include/kata/patterns/binary_tree.hpp). A
// node is one level more than the deeper of its two subtrees; the empty tree is
// 0 deep. 10^4 levels of recursion fit in the stack: each frame is a few words.
class Solution {
 public:
  int maxDepth(TreeNode* root) {
    if (!root) return 0;
    return 1 + max(maxDepth(root->left), maxDepth(root->right));
  }
};
