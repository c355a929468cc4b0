// Brute force: the definition, with copies. The root is preorder[0]; find it in the
// in-order by scanning; the k values before it are the left subtree, so the left
// subtree's pre-order is preorder[1, k + 1) and the right one's the rest.
// Time:  O(n^2)
// Space: O(n^2) for the copies, in the worst case

class Solution {
 public:
  TreeNode* buildTree(vector<int>& preorder, vector<int>& inorder) {
    if (preorder.empty()) return nullptr;
    size_t k = 0;
    while (inorder[k] != preorder[0]) ++k;
    vector<int> left_pre(preorder.begin() + 1, preorder.begin() + 1 + static_cast<long>(k));
    vector<int> left_in(inorder.begin(), inorder.begin() + static_cast<long>(k));
    vector<int> right_pre(preorder.begin() + 1 + static_cast<long>(k), preorder.end());
    vector<int> right_in(inorder.begin() + 1 + static_cast<long>(k), inorder.end());
    return new TreeNode(preorder[0], buildTree(left_pre, left_in), buildTree(right_pre, right_in));
  }
};
