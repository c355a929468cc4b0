// A case gives what LeetCode shows: the tree, and p and q as the VALUES of two of its
// nodes (all values in the tree are different). lowestCommonAncestor() takes the
// nodes themselves, so the builder finds them. The answer is read back as the value
// of the returned node; a nullptr comes back as -2147483648 and a node that is not
// one of the tree's as 2147483647 (no node can hold either: values are within
// +-10^9).

struct Builder {
  unordered_set<TreeNode*> nodes;  // every node of the tree

  tuple<TreeNode*, TreeNode*, TreeNode*> arguments(TreeNode* root, int p, int q) {
    unordered_map<int, TreeNode*> by_value;
    vector<TreeNode*> todo;
    if (root) todo.push_back(root);
    while (!todo.empty()) {  // no recursion: the tree may be a chain of 10^5 nodes
      TreeNode* node = todo.back();
      todo.pop_back();
      nodes.insert(node);
      if (!by_value.emplace(node->val, node).second)
        throw invalid_argument("the value " + to_string(node->val) +
                               " appears twice in the tree (all values must be different)");
      if (node->left) todo.push_back(node->left);
      if (node->right) todo.push_back(node->right);
    }
    auto find = [&](const char* name, int value) {
      auto it = by_value.find(value);
      if (it == by_value.end())
        throw invalid_argument(string(name) + " = " + to_string(value) + " is not a value in the tree");
      return it->second;
    };
    TreeNode* pn = find("p", p);
    TreeNode* qn = find("q", q);
    if (pn == qn) throw invalid_argument("p and q must be two different nodes (both are " + to_string(p) + ")");
    return {root, pn, qn};
  }

  int answer(TreeNode* got) const {
    if (!got) return INT_MIN;
    return nodes.count(got) ? got->val : INT_MAX;
  }
};
