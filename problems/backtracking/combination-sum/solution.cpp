// Time:  O(n^(t/m + 1))
// Space: O(t/m)
// Invariant: path holds values of sorted picked at non-decreasing indices, none
//   past start, and missing is target minus their sum, never negative; the next
//   pick is at start or later, so no multiset repeats.
// The backtracking frame of patterns/include/kata/patterns/backtracking.hpp:
// the path is a multiset in non-decreasing order, the candidates are the values
// from the last one chosen on that still fit, and the path is accepted when
// nothing is missing. n candidates, target t, smallest candidate m: the path is
// at most t/m deep. Space besides the output.

class Solution {
 public:
  vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
    vector<int> sorted = candidates;
    sort(sorted.begin(), sorted.end());
    vector<vector<int>> result;
    vector<int> path;
    backtrack(sorted, 0, target, path, result);
    return result;
  }

 private:
  static void backtrack(const vector<int>& sorted, size_t start, int missing,
                        vector<int>& path, vector<vector<int>>& result) {
    if (missing == 0) {  // accept: the path adds up to the target
      result.push_back(path);
      return;
    }
    // candidates: values from the last chosen on
    // (reuse allowed), while they fit
    for (size_t i = start; i < sorted.size() && sorted[i] <= missing; ++i) {
      path.push_back(sorted[i]);                                // choose
      backtrack(sorted, i, missing - sorted[i], path, result);  // explore
      path.pop_back();                                          // unchoose
    }
  }
};
