// Time:  O(n)
// Space: O(1)
// Invariant: at the top of the loop for day, lowest is the smallest price on
//   days before day, and best is the largest profit of buying and then selling
//   within those days (0 if none).

// A running minimum, kata::patterns::best_rise
// (patterns/include/kata/patterns/greedy.hpp): for a sale on day j the best day
// to have bought is the cheapest day before j, so the scan only keeps the
// lowest price seen so far and compares each day's price with it.
class Solution {
 public:
  int maxProfit(vector<int>& prices) {
    int lowest = prices[0], best = 0;
    for (size_t day = 1; day < prices.size(); ++day) {
      // sell today, bought at the cheapest day so far
      best = max(best, prices[day] - lowest);
      lowest = min(lowest, prices[day]);
    }
    return best;
  }
};
