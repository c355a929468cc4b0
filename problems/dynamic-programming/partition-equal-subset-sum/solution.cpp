// Time:  O(n * S), S = half of the total (at most 10^4)
// Space: O(S)
// Invariant: after each x, reach[s] is set exactly when some subset of the
//   elements handled so far sums to s (s <= half); going down in s,
//   reach[s - x] is still the value from before x.

// 0/1 knapsack over sums. State: reach[s] = some subset of the elements seen so
// far adds up to exactly s. Transition, for a new element x: s is reachable
// without x, or with x when s - x was reachable before x, so reach[s] |=
// reach[s - x]. Base: reach[0] = true (the empty subset). One row, updated in
// place from high s down to x: reach[s - x] is then still the value from before
// x, so x is used at most once (upwards it would be used again and again: the
// unbounded knapsack).
class Solution {
 public:
  bool canPartition(vector<int>& nums) {
    int total = 0;
    for (int x : nums) total += x;
    if (total % 2 != 0) return false;
    const int half = total / 2;
    vector<char> reach(half + 1, 0);
    reach[0] = 1;
    for (int x : nums) {
      for (int s = half; s >= x; --s)
        if (reach[s - x]) reach[s] = 1;
      if (reach[half]) return true;
    }
    return false;
  }
};
