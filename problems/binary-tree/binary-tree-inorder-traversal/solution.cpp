// Time:  O(n)
// Space: O(h), h = the tree's height (the answer itself takes O(n))
// Invariant: out, then the in-order of cur's subtree, then for each stack node
//   from the top its value followed by its right subtree's in-order, always
//   spells the tree's full in-order.

// Iterative inorder with an explicit stack, as
// kata::patterns::inorder_iterative
// (patterns/include/kata/patterns/binary_tree.hpp). The stack holds, bottom to
// top, the nodes passed on the way down whose left subtree is not finished yet;
// `cur` is the root of the next subtree to walk (null when there is none).
class Solution {
 public:
  vector<int> inorderTraversal(TreeNode* root) {
    vector<int> out;
    vector<TreeNode*> stack;
    TreeNode* cur = root;
    while (cur || !stack.empty()) {
      // down the left spine: each node waits for its left subtree
      while (cur) {
        stack.push_back(cur);
        cur = cur->left;
      }
      cur = stack.back();  // its left subtree is written: its turn
      stack.pop_back();
      out.push_back(cur->val);
      cur = cur->right;  // then its right subtree, before anything on the stack
    }
    return out;
  }
};
