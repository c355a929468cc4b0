// Brute force: try every count of the first coin, then every count of the second
// with what is left, and so on; keep the smallest total among exact matches.
// Time:  exponential in the number of coins (about (amount / min coin)^coins)
// Space: O(coins) of recursion

class Solution {
 public:
  int coinChange(vector<int>& coins, int amount) {
    long long best = fewest(coins, 0, amount);
    return best == kNone ? -1 : static_cast<int>(best);
  }

 private:
  static constexpr long long kNone = LLONG_MAX;

  long long fewest(const vector<int>& coins, size_t i, long long left) {
    if (i == coins.size()) return left == 0 ? 0 : kNone;
    long long best = kNone;
    for (long long count = 0; count * coins[i] <= left; ++count) {
      long long rest = fewest(coins, i + 1, left - count * coins[i]);
      if (rest != kNone) best = min(best, count + rest);
    }
    return best;
  }
};
