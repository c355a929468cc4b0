// Brute force: the definition, word for word. For every node, list all values of its
// left subtree and of its right subtree and compare each with the node.
// Time:  O(n^2) on a path-shaped tree, O(n log n) on a balanced one
// Space: O(n)

class Solution {
 public:
  bool isValidBST(TreeNode* root) {
    if (!root) return true;
    for (int v : values(root->left))
      if (!(v < root->val)) return false;
    for (int v : values(root->right))
      if (!(v > root->val)) return false;
    return isValidBST(root->left) && isValidBST(root->right);
  }

 private:
  static vector<int> values(TreeNode* node) {
    vector<int> out;
    vector<TreeNode*> todo;
    if (node) todo.push_back(node);
    while (!todo.empty()) {
      TreeNode* t = todo.back();
      todo.pop_back();
      out.push_back(t->val);
      if (t->left) todo.push_back(t->left);
      if (t->right) todo.push_back(t->right);
    }
    return out;
  }
};
