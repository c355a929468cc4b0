// Brute force: walk every route, one move at a time, and count the routes that
// arrive. The recursion has one leaf per route, so the work grows with the answer.
// Time:  O(answer + m + n)
// Space: O(m + n) of recursion

class Solution {
 public:
  int uniquePaths(int m, int n) { return walk(m - 1, n - 1); }

 private:
  // Routes from a cell that is `down` rows and `right` columns from the goal.
  int walk(int down, int right) {
    if (down == 0 || right == 0) return 1;  // one straight line left
    return walk(down - 1, right) + walk(down, right - 1);
  }
};
