// Brute force: count the sequences by how many two-step moves they hold. With k
// two-steps there are n - 2k one-steps, n - k moves in all, and the sequence is fixed
// by choosing which k of those n - k moves are the two-steps: C(n - k, k) ways. The
// binomials come from Pascal's rule, computed independently of the recurrence above.
// Time:  O(n^2)
// Space: O(n^2)

class Solution {
 public:
  int climbStairs(int n) {
    vector<vector<long long>> choose(n + 1, vector<long long>(n + 1, 0));
    for (int m = 0; m <= n; ++m) {
      choose[m][0] = 1;
      for (int k = 1; k <= m; ++k) choose[m][k] = choose[m - 1][k - 1] + choose[m - 1][k];
    }
    long long total = 0;
    for (int k = 0; 2 * k <= n; ++k) total += choose[n - k][k];
    return static_cast<int>(total);
  }
};
