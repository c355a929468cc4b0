// Time:  O(n * sqrt(n))
// Space: O(n)
// Invariant: when fewest[m] is computed, fewest[t] for every t < m is already
//   the least number of perfect squares that add up to t.

// Unbounded knapsack, as in Coin Change with the squares for coins. State:
// fewest[m] = the fewest squares that add up to exactly m. Transition: the last
// square s*s of a best sum leaves m - s*s, written as well as possible, so
// fewest[m] = 1 + min over s*s <= m of fewest[m - s*s]. Base: fewest[0] = 0.
// Order: increasing m. Every m is reachable (1 + 1 + ... + 1), so no
// "impossible" sentinel is needed.
class Solution {
 public:
  int numSquares(int n) {
    vector<int> fewest(n + 1, 0);
    for (int m = 1; m <= n; ++m) {
      int best = m;  // m ones
      for (int s = 2; s * s <= m; ++s) best = min(best, fewest[m - s * s] + 1);
      fewest[m] = best;
    }
    return fewest[n];
  }
};
