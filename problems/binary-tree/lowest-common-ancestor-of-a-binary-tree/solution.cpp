// Time:  O(n)
// Space: O(h), h = the tree's height
// Invariant: when a node's frame is popped, reported is nullptr if its subtree
//   holds neither p nor q, the one it holds if just one, and their lowest
//   common ancestor if both; f.left keeps the left side's report.

// One post-order pass that reports, for every subtree, what it holds of p and
// q: nullptr (neither), p or q (one of them, or a node that is p or q itself),
// or their ancestor already found lower down. A subtree rooted at p or q
// reports its root at once: whatever lies below, the answer is that node or
// above it. At any other node, if both children report something, p and q are
// on different sides and this node is the answer; otherwise pass up whatever
// the one side reported.
//
// It is the classic recursion
//   if (!node || node == p || node == q) return node;
//   left = go(node->left); right = go(node->right);
//   return left && right ? node : left ? left : right;
// (kata::patterns::lowest_common_ancestor in
// patterns/include/kata/patterns/binary_tree.hpp), run on an explicit stack,
// because the tree may be a chain of 10^5 nodes.
class Solution {
 public:
  TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
    struct Frame {
      TreeNode* node;
      int stage;       // 0: go left next, 1: go right next, 2: both sides done
      TreeNode* left;  // what the left subtree reported
    };
    vector<Frame> stack{{root, 0, nullptr}};
    TreeNode* reported = nullptr;  // what the subtree finished last reported
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (!f.node || f.node == p || f.node == q) {
        reported = f.node;
        stack.pop_back();
      } else if (f.stage == 0) {
        f.stage = 1;
        TreeNode* child = f.node->left;
        // f is not used after this: push_back may move it
        stack.push_back({child, 0, nullptr});
      } else if (f.stage == 1) {
        f.stage = 2;
        f.left = reported;
        TreeNode* child = f.node->right;
        stack.push_back({child, 0, nullptr});
      } else {
        TreeNode* right = reported;
        reported = f.left && right ? f.node : f.left ? f.left : right;
        stack.pop_back();
      }
    }
    return reported;
  }
};
