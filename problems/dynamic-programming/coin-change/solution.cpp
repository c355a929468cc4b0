// Time:  O(amount * coins)
// Space: O(amount)
// Invariant: when the loop for a starts, fewest[b] is final for every
//   b < a: the fewest coins adding up to exactly b, or amount + 1 when
//   no mix of coins makes b.

// State: fewest[a] = the fewest coins that add up to exactly a.
// Transition: the last coin c used leaves a - c, so fewest[a] = 1 + min
// over coins c <= a of fewest[a - c]. Base: fewest[0] = 0. Order:
// increasing a, so every a - c is already final.
class Solution {
 public:
  int coinChange(vector<int>& coins, int amount) {
    // more coins than any real answer (all >= 1)
    const int unreachable = amount + 1;
    vector<int> fewest(amount + 1, unreachable);
    fewest[0] = 0;
    for (int a = 1; a <= amount; ++a) {
      for (int c : coins)
        if (c <= a) fewest[a] = min(fewest[a], fewest[a - c] + 1);
    }
    return fewest[amount] == unreachable ? -1 : fewest[amount];
  }
};
