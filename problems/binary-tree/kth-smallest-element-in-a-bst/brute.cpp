// Brute force: collect every value, in any order, sort them and index.
// Time:  O(n log n)
// Space: O(n)

class Solution {
 public:
  int kthSmallest(TreeNode* root, int k) {
    vector<int> values;
    vector<TreeNode*> todo{root};
    while (!todo.empty()) {
      TreeNode* node = todo.back();
      todo.pop_back();
      if (!node) continue;
      values.push_back(node->val);
      todo.push_back(node->left);
      todo.push_back(node->right);
    }
    sort(values.begin(), values.end());
    return values[static_cast<size_t>(k - 1)];
  }
};
