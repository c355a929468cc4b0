// Time:  O(n log n)
// Space: O(n)
// Invariant: after each x, tails is strictly increasing and tails[len - 1] is
//   the smallest value that ends a strictly increasing subsequence of length
//   len in the prefix read so far.

// Patience sorting. State after each prefix: tails[len - 1] = the smallest
// value that can end a strictly increasing subsequence of length len. tails
// is strictly increasing, so each new value finds its place by binary
// search: it extends the longest subsequence whose tail is below it, and
// lowers the tail it lands on.
class Solution {
 public:
  int lengthOfLIS(vector<int>& nums) {
    // invariant: strictly increasing; tails.size() = the answer so far
    vector<int> tails;
    for (int x : nums) {
      // first tail >= x: strict
      auto it = lower_bound(tails.begin(), tails.end(), x);
      if (it == tails.end()) {
        tails.push_back(x);
      } else {
        *it = x;
      }
    }
    return static_cast<int>(tails.size());
  }
};
