// Brute force: the definition. Record every node's parent, list p's ancestors (p
// included), then climb from q: the first of q's ancestors that is also one of p's
// is the lowest common one.
// Time:  O(n)
// Space: O(n)

class Solution {
 public:
  TreeNode* lowestCommonAncestor(TreeNode* root, TreeNode* p, TreeNode* q) {
    unordered_map<TreeNode*, TreeNode*> parent{{root, nullptr}};
    vector<TreeNode*> todo{root};
    while (!todo.empty()) {
      TreeNode* node = todo.back();
      todo.pop_back();
      for (TreeNode* child : {node->left, node->right})
        if (child) {
          parent[child] = node;
          todo.push_back(child);
        }
    }
    unordered_set<TreeNode*> above_p;
    for (TreeNode* a = p; a; a = parent[a]) above_p.insert(a);
    for (TreeNode* a = q; a; a = parent[a])
      if (above_p.count(a)) return a;
    return nullptr;
  }
};
