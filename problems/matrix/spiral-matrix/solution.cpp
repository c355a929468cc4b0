// Time:  O(mn)
// Space: O(1) besides the answer
// Invariant: before each side is walked, out holds in spiral order exactly the
//   cells outside rows [top, bottom] x columns [left, right], and that
//   rectangle still has at least one cell.

// Layers, as in kata::patterns::for_each_spiral
// (patterns/include/kata/patterns/matrix.hpp): the part not listed yet is
// rows [top, bottom] x columns [left, right]. Each side walked moves its
// boundary one step in; the walk stops as soon as two boundaries cross,
// which is what keeps a leftover middle row or column from being read a
// second time, backwards.
class Solution {
 public:
  vector<int> spiralOrder(vector<vector<int>>& matrix) {
    int top = 0, bottom = static_cast<int>(matrix.size()) - 1;
    int left = 0, right = static_cast<int>(matrix[0].size()) - 1;
    vector<int> out;
    out.reserve(matrix.size() * matrix[0].size());
    while (true) {
      for (int c = left; c <= right; ++c) out.push_back(matrix[top][c]);
      if (++top > bottom) break;
      for (int r = top; r <= bottom; ++r) out.push_back(matrix[r][right]);
      if (--right < left) break;
      for (int c = right; c >= left; --c) out.push_back(matrix[bottom][c]);
      if (--bottom < top) break;
      for (int r = bottom; r >= top; --r) out.push_back(matrix[r][left]);
      if (++left > right) break;
    }
    return out;
  }
};
