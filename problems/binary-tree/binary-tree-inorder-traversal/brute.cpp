// Brute force: the definition, word for word, as a recursion.
// Time:  O(n)
// Space: O(h) for the recursion, h = the tree's height

class Solution {
 public:
  vector<int> inorderTraversal(TreeNode* root) {
    vector<int> out;
    walk(root, out);
    return out;
  }

 private:
  static void walk(TreeNode* node, vector<int>& out) {
    if (!node) return;
    walk(node->left, out);
    out.push_back(node->val);
    walk(node->right, out);
  }
};
