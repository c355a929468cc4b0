// Brute force: from every node, walk every downward path and count the ones
// whose running sum (long long) equals the target.
// Time:  O(n * h), O(n^2) for a chain
// Space: O(h)

class Solution {
 public:
  int pathSum(TreeNode* root, int targetSum) {
    if (!root) return 0;
    return from(root, 0, targetSum) + pathSum(root->left, targetSum) +
           pathSum(root->right, targetSum);
  }

 private:
  // Paths that start at the node where the walk began and end at or below `node`.
  int from(TreeNode* node, long long sum, int target) {
    if (!node) return 0;
    sum += node->val;
    return (sum == target ? 1 : 0) + from(node->left, sum, target) +
           from(node->right, sum, target);
  }
};
