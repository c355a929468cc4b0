// Brute force: list every depth's nodes from left to right (breadth first, one depth
// at a time) and keep the last of each.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  vector<int> rightSideView(TreeNode* root) {
    vector<vector<int>> levels;
    vector<TreeNode*> level;
    if (root) level.push_back(root);
    while (!level.empty()) {
      vector<TreeNode*> next;
      levels.emplace_back();
      for (TreeNode* node : level) {
        levels.back().push_back(node->val);
        if (node->left) next.push_back(node->left);
        if (node->right) next.push_back(node->right);
      }
      level = next;
    }
    vector<int> view;
    for (const auto& values : levels) view.push_back(values.back());
    return view;
  }
};
