// Brute force: list every node first (any order will do), then swap the two children
// of each listed node. Each node is swapped once, so each ends up mirrored.
// Time:  O(n)
// Space: O(n) for the list

class Solution {
 public:
  TreeNode* invertTree(TreeNode* root) {
    vector<TreeNode*> all;
    if (root) all.push_back(root);
    for (size_t i = 0; i < all.size(); ++i)
      for (TreeNode* child : {all[i]->left, all[i]->right})
        if (child) all.push_back(child);
    for (TreeNode* node : all) swap(node->left, node->right);
    return root;
  }
};
