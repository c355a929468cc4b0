// Brute force: list the nodes in pre-order (with an explicit stack), then relink
// them one after the other through `right`, clearing every `left`.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  void flatten(TreeNode* root) {
    vector<TreeNode*> order, todo;
    if (root) todo.push_back(root);
    while (!todo.empty()) {
      TreeNode* node = todo.back();
      todo.pop_back();
      order.push_back(node);
      if (node->right) todo.push_back(node->right);
      if (node->left) todo.push_back(node->left);  // on top: visited first
    }
    for (size_t i = 0; i < order.size(); ++i) {
      order[i]->left = nullptr;
      order[i]->right = i + 1 < order.size() ? order[i + 1] : nullptr;
    }
  }
};
