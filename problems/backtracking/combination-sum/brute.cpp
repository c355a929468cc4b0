// Brute force: for every sum s from 0 to target, the set of all sorted
// multisets adding up to s, built as {a multiset for s - c, plus c} over every
// candidate c; a set of sorted lists drops the repeats.
// Time:  O(t * n * A * t log A), A the largest number of multisets for one sum
// Space: O(t * A * t)

class Solution {
 public:
  vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
    vector<set<vector<int>>> ways(target + 1);
    ways[0].insert(vector<int>());  // the empty multiset adds up to 0
    for (int s = 1; s <= target; ++s)
      for (int c : candidates) {
        if (c > s) continue;
        for (vector<int> combo : ways[s - c]) {
          combo.push_back(c);
          sort(combo.begin(), combo.end());
          ways[s].insert(combo);
        }
      }
    return vector<vector<int>>(ways[target].begin(), ways[target].end());
  }
};
