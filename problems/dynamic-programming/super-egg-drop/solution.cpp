// Time:  O(k * m), m = answer (<= n; ~sqrt(2n) for k = 2, ~log2(n) for large k)
// Space: O(k)
// Invariant: after each pass of the while loop, covered[e] is the most
//   floors on which moves drops with e eggs can always find the threshold,
//   for every e in [0, k].

// Turn the question around. State: covered[m][e] = the most floors whose
// threshold m drops and e eggs can always pin down. Transition: drop once
// from the right floor; if the egg breaks, the floors below are searched
// with m - 1 drops and e - 1 eggs, if not, the floors above with m - 1
// drops and e eggs, so
//   covered[m][e] = covered[m - 1][e - 1] + 1 + covered[m - 1][e].
// Base: covered[0][e] = covered[m][0] = 0. The answer is the first m with
// covered[m][k] >= n. Rolling rows (kata::patterns::RollingRows in dp.hpp, here
// shrunk to one row): row m reads row m - 1 at e and e - 1, so filling e from
// high to low overwrites covered[m - 1][e] only after its last use.
class Solution {
 public:
  int superEggDrop(int k, int n) {
    // covered[e] for the current number of moves
    vector<int> covered(k + 1, 0);
    int moves = 0;
    // covered[e] <= covered[k] < n before the step: no overflow
    while (covered[k] < n) {
      ++moves;
      for (int e = k; e >= 1; --e) covered[e] = covered[e - 1] + 1 + covered[e];
    }
    return moves;
  }
};
