// Time:  O(n)
// Space: O(n)
// Invariant: when count(node, above) runs, seen_ counts the prefix sums of the
//   root-to-node path strictly above node, the empty prefix 0 included, and it
//   is restored before count returns.

// Counting with a hash of prefix counts as in
// patterns/include/kata/patterns/prefix_sum.hpp (PrefixCounts: add, remove,
// count), over the root-to-node path; sums are long long because a path of a
// few 10^9 values overflows int.
class Solution {
 public:
  int pathSum(TreeNode* root, int targetSum) {
    target_ = targetSum;
    seen_[0] = 1;  // the empty prefix, above the root
    return count(root, 0);
  }

 private:
  long long target_ = 0;
  // prefix sums of the nodes strictly above the current one
  unordered_map<long long, int> seen_;

  int count(TreeNode* node, long long above) {
    if (!node) return 0;
    long long sum = above + node->val;
    // paths ending here start below such a prefix
    auto it = seen_.find(sum - target_);
    int found = it == seen_.end() ? 0 : it->second;
    ++seen_[sum];
    found += count(node->left, sum) + count(node->right, sum);
    --seen_[sum];  // leaving this node: its sum is no longer on the path
    return found;
  }
};
