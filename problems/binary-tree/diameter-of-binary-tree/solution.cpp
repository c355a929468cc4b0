// Time:  O(n)
// Space: O(h) for the recursion, h = the tree's height
// Invariant: depth(node, best) returns the node count of the longest downward
//   path from node (0 for null), and best is the longest path, in edges, whose
//   top node has already been processed.

// Post-order, as kata::patterns::diameter_edges
// (patterns/include/kata/patterns/binary_tree.hpp): each subtree reports its
// depth in nodes, which is also the number of edges from its parent down to its
// deepest leaf. The longest path whose highest node is `node` joins the deepest
// reach of each side, left + right edges; that is a candidate for the global
// best, never a report.
class Solution {
 public:
  int diameterOfBinaryTree(TreeNode* root) {
    int best = 0;
    depth(root, best);
    return best;
  }

 private:
  static int depth(TreeNode* node, int& best) {
    if (!node) return 0;
    const int left = depth(node->left, best);
    const int right = depth(node->right, best);
    best = max(best, left + right);
    return 1 + max(left, right);
  }
};
