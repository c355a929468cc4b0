// Brute force: count the levels, walking the tree one whole level at a time.
// Time:  O(n)
// Space: O(w), w = the widest level

class Solution {
 public:
  int maxDepth(TreeNode* root) {
    vector<TreeNode*> level;
    if (root) level.push_back(root);
    int levels = 0;
    while (!level.empty()) {
      ++levels;
      vector<TreeNode*> next;
      for (TreeNode* node : level)
        for (TreeNode* child : {node->left, node->right})
          if (child) next.push_back(child);
      level = next;
    }
    return levels;
  }
};
