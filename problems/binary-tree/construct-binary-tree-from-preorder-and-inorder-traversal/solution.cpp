// Time:  O(n)
// Space: O(n) for the index of positions (the recursion is O(h) deep)
// Invariant: build(lo, hi) starts with next_ at the pre-order position of the
//   root of the subtree whose in-order is inorder[lo, hi), and returns with
//   next_ just past that subtree's pre-order.

// Divide and conquer. The first value of a subtree's pre-order is its root; in
// the in-order, the root splits the subtree's values into its left subtree
// (before it) and its right subtree (after it). A hash map gives the root's
// in-order position in O(1), and the left part's length says where the right
// subtree starts in the pre-order. Building left before right consumes the
// pre-order front to back, so one running index `next_` is all the pre-order
// bookkeeping needed. The same split as kata::patterns::from_preorder_inorder
// (patterns/include/kata/patterns/binary_tree.hpp).
class Solution {
 public:
  TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
    pre_ = &preorder;
    next_ = 0;
    at_.clear();
    for (int i = 0; i < static_cast<int>(inorder.size()); ++i)
      at_[inorder[static_cast<size_t>(i)]] = i;
    return build(0, static_cast<int>(inorder.size()));
  }

 private:
  const vector<int>* pre_ = nullptr;
  // the next pre-order value: the root of the next subtree built
  int next_ = 0;
  unordered_map<int, int> at_;  // value -> its position in the in-order

  // The subtree whose in-order is inorder[lo, hi).
  TreeNode* build(int lo, int hi) {
    if (lo >= hi) return nullptr;
    const int value = (*pre_)[static_cast<size_t>(next_++)];
    const int mid = at_[value];
    TreeNode* node = new TreeNode(value);
    node->left = build(lo, mid);
    node->right = build(mid + 1, hi);
    return node;
  }
};
