// Brute force: the plain recurrence over (eggs, floors). With e eggs and f floors
// still in doubt, try every floor x for the next drop; the egg breaks (x - 1 floors
// below, e - 1 eggs) or survives (f - x floors above, e eggs), and the worst case
// counts. No eggs and any floor still in doubt is hopeless.
// Time:  O(k * n^2)
// Space: O(k * n)

class Solution {
 public:
  int superEggDrop(int k, int n) {
    const int hopeless = INT_MAX / 2;
    vector<vector<int>> drops(k + 1, vector<int>(n + 1, 0));
    for (int f = 1; f <= n; ++f) drops[0][f] = hopeless;
    for (int e = 1; e <= k; ++e) {
      for (int f = 1; f <= n; ++f) {
        int best = hopeless;
        for (int x = 1; x <= f; ++x)
          best = min(best, 1 + max(drops[e - 1][x - 1], drops[e][f - x]));
        drops[e][f] = best;
      }
    }
    return drops[k][n];
  }
};
