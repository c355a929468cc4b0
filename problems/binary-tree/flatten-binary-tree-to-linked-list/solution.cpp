// Time:  O(n)
// Space: O(1)
// Invariant: the right-link chain from root reaches node through nodes with
//   null left links, in original pre-order, and each rewiring leaves the tree's
//   pre-order sequence unchanged.

// Morris-like, no stack and no recursion. In pre-order, a node's left subtree
// comes right after the node, and its right subtree right after the last node
// of the left subtree in pre-order, which is the left subtree's rightmost node
// (follow `right` from the left child). So, at each node that has a left child:
// hang the node's right subtree under that rightmost node, move the left
// subtree to the right, clear `left`, and step right. Invariant: the nodes
// above `node` form a finished list, and the pre-order of the whole tree never
// changes, only its shape. This is kata::patterns::flatten_preorder
// (patterns/include/kata/patterns/binary_tree.hpp). A search walks right links
// inside a left subtree; afterwards those nodes hang below `node` by right
// links only, so no later search walks the same links again: all the searches
// together cost O(n).
class Solution {
 public:
  void flatten(TreeNode* root) {
    for (TreeNode* node = root; node; node = node->right) {
      if (!node->left) continue;
      TreeNode* last = node->left;  // the left subtree's last node in pre-order
      while (last->right) last = last->right;
      last->right = node->right;
      node->right = node->left;
      node->left = nullptr;
    }
  }
};
