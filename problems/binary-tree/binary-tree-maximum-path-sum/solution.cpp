// Time:  O(n)
// Space: O(h), h = the tree's height (the recursion)
// Invariant: down(node) returns the best sum of a path that starts at node and
//   only goes down, and best_ is the best sum of any path whose highest node
//   has already been finished by down.

// Every path has one highest node, where it may turn: it comes up from the left
// subtree (or not), passes the node, and goes down into the right subtree (or
// not). So a post-order pass computes, for each node, `down(node)`: the best
// sum of a path that starts at the node and only goes down, taking a child's
// branch only when it is positive. The best path that turns at the node is then
//   node->val + max(0, down(left)) + max(0, down(right)),
// and the answer is the largest of those over all nodes. A path holds at least
// one node, so in an all-negative tree it is the largest single value. It is a
// kata::patterns::report_up fold
// (patterns/include/kata/patterns/binary_tree.hpp): the report goes up, the
// best bend is kept on the side, as in diameter_edges. Sums stay within int: at
// most 3 * 10^4 nodes of at most 1000.
class Solution {
 public:
  int maxPathSum(TreeNode* root) {
    best_ = INT_MIN;
    down(root);
    return best_;
  }

 private:
  int best_ = INT_MIN;

  int down(TreeNode* node) {
    if (!node) return 0;
    // a negative branch is better left out
    const int left = max(0, down(node->left));
    const int right = max(0, down(node->right));
    // the best path turning at node
    best_ = max(best_, node->val + left + right);
    // a path going on upwards takes one side
    return node->val + max(left, right);
  }
};
