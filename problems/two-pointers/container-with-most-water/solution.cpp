// Time:  O(n)
// Space: O(1)
// Invariant: every pair of walls not both inside [i, j] holds no more water
//   than best, so the best pair is either already counted in best or has
//   both ends in [i, j].

// Opposite ends closing in, as in kata::patterns::close_in
// (patterns/include/kata/patterns/two_pointers.hpp). Start with the widest
// pair. Whichever of the two walls is lower (either one on a tie) can give
// up: every pair that keeps it and a wall inside is narrower, and its water
// line is no higher than that lower wall, so it holds no more than the pair
// just measured. Dropping that wall loses nothing; each step drops one
// wall, so n - 1 steps.
class Solution {
 public:
  int maxArea(vector<int>& height) {
    int i = 0, j = static_cast<int>(height.size()) - 1;
    int best = 0;  // at most 10^4 * (10^5 - 1) < 2^31
    while (i < j) {
      best = max(best, min(height[i], height[j]) * (j - i));
      if (height[i] < height[j])
        ++i;
      else
        --j;
    }
    return best;
  }
};
