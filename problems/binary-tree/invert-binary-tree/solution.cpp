// Time:  O(n)
// Space: O(h) for the recursion, h = the tree's height
// Invariant: a call on root returns with root's whole subtree mirrored and
//   touches no link outside it, so swapping root's children and then mirroring
//   each of them mirrors the whole.

// As kata::patterns::mirror
// (patterns/include/kata/patterns/binary_tree.hpp): swap the two children,
// then mirror each of them. Every node is swapped exactly once, and the
// nodes stay where they are in memory: only their links change.
class Solution {
 public:
  TreeNode* invertTree(TreeNode* root) {
    if (!root) return nullptr;
    swap(root->left, root->right);
    invertTree(root->left);
    invertTree(root->right);
    return root;
  }
};
