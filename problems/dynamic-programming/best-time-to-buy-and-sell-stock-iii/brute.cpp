// Brute force: every single transaction (buy day i, sell day j > i) and every pair
// of them (i < j <= k < l: the second buy may be on the day of the first sale).
// Time:  O(n^4)
// Space: O(1)

class Solution {
 public:
  int maxProfit(vector<int>& prices) {
    const int n = static_cast<int>(prices.size());
    int best = 0;
    for (int i = 0; i < n; ++i) {
      for (int j = i + 1; j < n; ++j) {
        int first = prices[j] - prices[i];
        best = max(best, first);
        for (int k = j; k < n; ++k)
          for (int l = k + 1; l < n; ++l) best = max(best, first + prices[l] - prices[k]);
      }
    }
    return best;
  }
};
