// Time:  O(n log n)
// Space: O(log n) for the sort, besides the answer
// Invariant: merged holds disjoint intervals in start order covering exactly
//   the intervals read so far, with the largest end in merged.back(), the only
//   one a later x can overlap.

// Sort by start, then sweep, as kata::patterns::merge_overlapping
// (patterns/include/kata/patterns/intervals.hpp) does with closed ends. In
// start order, an interval shares a point with the last merged one exactly when
// it starts no later than that one ends (touching counts); then it only
// stretches its end. Otherwise it starts after everything before it has ended,
// so it opens a new merged interval, and nothing earlier can be affected again.
class Solution {
 public:
  vector<vector<int>> merge(vector<vector<int>>& intervals) {
    sort(intervals.begin(), intervals.end());  // by start, then by end
    vector<vector<int>> merged;
    for (const auto& x : intervals) {
      if (!merged.empty() && x[0] <= merged.back()[1])
        // x may lie inside it entirely
        merged.back()[1] = max(merged.back()[1], x[1]);
      else
        merged.push_back(x);
    }
    return merged;
  }
};
