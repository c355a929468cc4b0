// Brute force: while two intervals share a point, replace them by the smallest
// interval covering both. When no pair is left, what remains is the answer.
// Time:  O(n^3)
// Space: O(n)

class Solution {
 public:
  vector<vector<int>> merge(vector<vector<int>>& intervals) {
    vector<vector<int>> left = intervals;
    bool merged_some = true;
    while (merged_some) {
      merged_some = false;
      for (size_t i = 0; i < left.size() && !merged_some; ++i)
        for (size_t j = i + 1; j < left.size() && !merged_some; ++j)
          if (left[i][0] <= left[j][1] && left[j][0] <= left[i][1]) {
            left[i] = {min(left[i][0], left[j][0]), max(left[i][1], left[j][1])};
            left.erase(left.begin() + static_cast<ptrdiff_t>(j));
            merged_some = true;
          }
    }
    sort(left.begin(), left.end());
    return left;
  }
};
