// Time:  O(n)
// Space: O(log n) for the recursion (the tree itself is the answer)
// Invariant: build(nums, lo, hi) returns a height-balanced search tree of
//   exactly nums[lo, hi): nums[mid] at the root, nums[lo, mid) to its left and
//   nums[mid + 1, hi) to its right.

// As kata::patterns::balanced_from_sorted
// (patterns/include/kata/patterns/binary_tree.hpp): the middle of nums[lo, hi)
// is the root, the stretch left of it builds the left subtree, the stretch
// right of it the right subtree. The two stretches differ in length by at most
// one at every node, so the two subtrees' heights differ by at most one as well
// (a stretch of length L gives height floor(log2 L) + 1); the order of the
// stretches makes it a search tree.
class Solution {
 public:
  TreeNode* sortedArrayToBST(vector<int>& nums) {
    return build(nums, 0, static_cast<int>(nums.size()));
  }

 private:
  static TreeNode* build(const vector<int>& nums, int lo, int hi) {
    if (lo >= hi) return nullptr;
    const int mid = lo + (hi - lo) / 2;
    return new TreeNode(nums[mid], build(nums, lo, mid),
                        build(nums, mid + 1, hi));
  }
};
