// Time:  O(n)
// Space: O(w), w = the widest level (the answer itself takes O(n))
// Invariant: at the top of the while loop, level holds every node of
//   one depth d from left to right, and levels holds the values of
//   depths 0..d-1 in order.

// BFS by levels, shaped like kata::patterns::bfs_by_levels
// (patterns/include/kata/patterns/bfs.hpp): a tree has no cycles, so no node is
// ever reached twice and no seen set is needed.
class Solution {
 public:
  vector<vector<int>> levelOrder(TreeNode* root) {
    vector<vector<int>> levels;
    vector<TreeNode*> level;
    if (root) level.push_back(root);
    // invariant: `level` holds one depth's nodes, left to right
    while (!level.empty()) {
      vector<TreeNode*> next;
      levels.emplace_back();
      for (TreeNode* node : level) {
        levels.back().push_back(node->val);
        if (node->left) next.push_back(node->left);
        if (node->right) next.push_back(node->right);
      }
      level = std::move(next);
    }
    return levels;
  }
};
