// Time:  O(log(m * n))
// Space: O(1)
// Invariant: at(p) < target for every position p below lo and
//   at(p) >= target for every valid p from hi on, so the first
//   position holding a value >= target lies in [lo, hi].

// Read row after row, the matrix is one non-decreasing array of m * n values:
// position p is row p / n, column p % n. first_true's shape from
// patterns/include/kata/patterns/binary_search.hpp finds the first position
// holding a value >= target; the target is present iff that position exists and
// holds it.
class Solution {
 public:
  bool searchMatrix(vector<vector<int>>& matrix, int target) {
    const int m = static_cast<int>(matrix.size());
    const int n = static_cast<int>(matrix[0].size());
    auto at = [&](int p) { return matrix[p / n][p % n]; };
    int lo = 0, hi = m * n;  // m * n <= 10^4: no overflow
    // invariant: at(< lo) < target, at(>= hi) >= target
    while (lo < hi) {
      const int mid = lo + (hi - lo) / 2;
      if (at(mid) >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo < m * n && at(lo) == target;
  }
};
