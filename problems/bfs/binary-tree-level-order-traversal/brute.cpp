// Brute force: a depth-first walk that visits left before right appends each value
// to the row of its depth; within a depth it meets the nodes from left to right.
// Time:  O(n)
// Space: O(h) for the recursion, h = the tree's height

class Solution {
 public:
  vector<vector<int>> levelOrder(TreeNode* root) {
    vector<vector<int>> rows;
    walk(root, 0, rows);
    return rows;
  }

 private:
  static void walk(TreeNode* node, size_t depth, vector<vector<int>>& rows) {
    if (!node) return;
    if (rows.size() == depth) rows.emplace_back();
    rows[depth].push_back(node->val);
    walk(node->left, depth + 1, rows);
    walk(node->right, depth + 1, rows);
  }
};
