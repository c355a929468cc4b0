// Brute force: a path is fixed by its two end nodes (possibly the same node). For
// every pair of ends, walk from each end up to their lowest common ancestor and add
// the values on the way.
// Time:  O(n^2 * h)
// Space: O(n)

class Solution {
 public:
  int maxPathSum(TreeNode* root) {
    vector<TreeNode*> nodes;
    unordered_map<TreeNode*, TreeNode*> parent{{root, nullptr}};
    unordered_map<TreeNode*, int> depth{{root, 0}};
    vector<TreeNode*> todo{root};
    while (!todo.empty()) {
      TreeNode* node = todo.back();
      todo.pop_back();
      nodes.push_back(node);
      for (TreeNode* child : {node->left, node->right})
        if (child) {
          parent[child] = node;
          depth[child] = depth[node] + 1;
          todo.push_back(child);
        }
    }
    long long best = LLONG_MIN;
    for (TreeNode* a : nodes)
      for (TreeNode* b : nodes) {
        long long sum = 0;
        TreeNode* x = a;
        TreeNode* y = b;
        while (depth[x] > depth[y]) sum += x->val, x = parent[x];
        while (depth[y] > depth[x]) sum += y->val, y = parent[y];
        while (x != y) sum += x->val + y->val, x = parent[x], y = parent[y];
        sum += x->val;  // the meeting node, counted once
        best = max(best, sum);
      }
    return static_cast<int>(best);
  }
};
