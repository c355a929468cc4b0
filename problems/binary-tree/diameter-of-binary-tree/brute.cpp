// Brute force: the definition. Treat the links as an undirected graph and search
// outward from every node; the farthest node any search reaches gives the longest path.
// Time:  O(n^2)
// Space: O(n)

class Solution {
 public:
  int diameterOfBinaryTree(TreeNode* root) {
    vector<TreeNode*> all;
    unordered_map<TreeNode*, vector<TreeNode*>> next;
    if (root) all.push_back(root);
    for (size_t i = 0; i < all.size(); ++i)
      for (TreeNode* child : {all[i]->left, all[i]->right})
        if (child) {
          all.push_back(child);
          next[all[i]].push_back(child);
          next[child].push_back(all[i]);
        }
    int best = 0;
    for (TreeNode* start : all) {
      unordered_map<TreeNode*, int> dist{{start, 0}};
      queue<TreeNode*> q;
      q.push(start);
      while (!q.empty()) {
        TreeNode* u = q.front();
        q.pop();
        best = max(best, dist[u]);
        for (TreeNode* v : next[u])
          if (!dist.count(v)) {
            dist[v] = dist[u] + 1;
            q.push(v);
          }
      }
    }
    return best;
  }
};
