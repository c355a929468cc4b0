// Time:  O(n)
// Space: O(1)
// Invariant: after each price p, hold1, sold1, hold2 and sold2 are the best
//   cash balances reachable so far while holding the first share, after selling
//   it, holding the second, and after selling that.

// State after each day: the best cash balance in each of four stages,
// "holding the first share", "sold it", "holding the second", "sold it too"
// (the balance starts at 0). Transition: stay in a stage, or step from the
// previous stage by buying (-price) or selling (+price) today. Rolling: day i
// needs only day i - 1, and updating the stages in order lets a stage see
// today's value of the one before, which only adds a same-day buy-and-sell
// worth 0, so it changes nothing.
class Solution {
 public:
  int maxProfit(vector<int>& prices) {
    int hold1 = -prices[0], sold1 = 0, hold2 = -prices[0], sold2 = 0;
    for (int p : prices) {
      hold1 = max(hold1, -p);
      sold1 = max(sold1, hold1 + p);
      hold2 = max(hold2, sold1 - p);
      sold2 = max(sold2, hold2 + p);
    }
    // doing fewer than two transactions is included (sold1 <= sold2)
    return sold2;
  }
};
