// Brute force: look at every cell.
// Time:  O(m * n)
// Space: O(1)

class Solution {
 public:
  bool searchMatrix(vector<vector<int>>& matrix, int target) {
    for (const auto& row : matrix)
      for (int v : row)
        if (v == target) return true;
    return false;
  }
};
