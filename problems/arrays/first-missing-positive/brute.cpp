// Brute force: sort a copy, then count up from 1 through the values.
// Time:  O(n log n)
// Space: O(n)

class Solution {
 public:
  int firstMissingPositive(vector<int>& nums) {
    vector<int> sorted = nums;
    sort(sorted.begin(), sorted.end());
    int want = 1;  // the smallest positive not seen so far
    for (int x : sorted)
      if (x == want) ++want;  // repeats of a found value and smaller ones change nothing
    return want;
  }
};
