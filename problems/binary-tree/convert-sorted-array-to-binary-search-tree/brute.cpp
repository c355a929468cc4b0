// Brute force, a different tree: take the shape of the complete tree with n nodes
// (node i has children 2i + 1 and 2i + 2, every level full but the last), which is
// height-balanced, and write nums into it in inorder, which makes it a search tree.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  TreeNode* sortedArrayToBST(vector<int>& nums) {
    const int n = static_cast<int>(nums.size());
    vector<TreeNode*> node(n);
    for (int i = 0; i < n; ++i) node[i] = new TreeNode(0);
    for (int i = 0; i < n; ++i) {
      if (2 * i + 1 < n) node[i]->left = node[2 * i + 1];
      if (2 * i + 2 < n) node[i]->right = node[2 * i + 2];
    }
    int next = 0;
    fill(n > 0 ? node[0] : nullptr, nums, next);
    return n > 0 ? node[0] : nullptr;
  }

 private:
  static void fill(TreeNode* t, const vector<int>& nums, int& next) {
    if (!t) return;
    fill(t->left, nums, next);
    t->val = nums[next++];
    fill(t->right, nums, next);
  }
};
