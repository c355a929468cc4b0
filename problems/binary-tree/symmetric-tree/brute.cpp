// Brute force: write the tree down twice in preorder with a marker for every missing
// child, once visiting left before right and once right before left. The second
// listing is the mirror image's ordinary listing, and a listing with markers fixes the
// tree completely, so the two agree exactly when the tree equals its mirror.
// Time:  O(n)
// Space: O(n) for the two listings

class Solution {
 public:
  bool isSymmetric(TreeNode* root) {
    vector<string> left_first, right_first;
    write(root, false, left_first);
    write(root, true, right_first);
    return left_first == right_first;
  }

 private:
  static void write(TreeNode* node, bool right_first, vector<string>& out) {
    if (!node) {
      out.push_back("#");
      return;
    }
    out.push_back(to_string(node->val));
    write(right_first ? node->right : node->left, right_first, out);
    write(right_first ? node->left : node->right, right_first, out);
  }
};
