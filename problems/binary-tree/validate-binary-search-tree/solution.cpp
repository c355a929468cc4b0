// Time:  O(n)
// Space: O(h) for the recursion, h = the tree's height
// Invariant: within(node, low, high) gets as low and high the nearest ancestors
//   whose right and left subtree node lies in; every ancestor's limit on node
//   follows from those two, so checking them suffices.

// Bounds passed down, as kata::patterns::is_bst
// (patterns/include/kata/patterns/binary_tree.hpp): a node must lie strictly
// between `low` and `high`, the values of its nearest ancestors that it hangs
// to the right and to the left of (null: no limit on that side). Stepping
// left tightens the upper limit to the node, stepping right the lower one.
// Passing the nodes rather than numbers needs no sentinel, so INT_MIN and
// INT_MAX are ordinary values.
class Solution {
 public:
  bool isValidBST(TreeNode* root) { return within(root, nullptr, nullptr); }

 private:
  static bool within(const TreeNode* node, const TreeNode* low,
                     const TreeNode* high) {
    if (!node) return true;
    if (low && node->val <= low->val) return false;
    if (high && node->val >= high->val) return false;
    return within(node->left, low, node) && within(node->right, node, high);
  }
};
