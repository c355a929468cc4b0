// Time:  O(n)
// Space: O(h) for the recursion, h = the tree's height
// Invariant: mirrored(a, b) is true exactly when the subtree at a is the
//   reflection of the subtree at b: the same shape flipped, with equal values
//   at reflected positions.

// As kata::patterns::is_mirror
// (patterns/include/kata/patterns/binary_tree.hpp): two subtrees are mirror
// images when their roots hold the same value, the outer pair of children (a's
// left, b's right) are mirror images and so are the inner pair (a's right, b's
// left). The tree is symmetric when its two subtrees are mirrors of each other.
// The first mismatch ends the whole comparison.
class Solution {
 public:
  bool isSymmetric(TreeNode* root) {
    return !root || mirrored(root->left, root->right);
  }

 private:
  static bool mirrored(const TreeNode* a, const TreeNode* b) {
    if (!a || !b) return a == b;  // both missing, or a shape mismatch
    return a->val == b->val && mirrored(a->left, b->right) &&
           mirrored(a->right, b->left);
  }
};
