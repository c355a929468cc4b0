// Time:  O(n * 2^n)
// Space: O(n)
// Invariant: path holds nums entries at strictly increasing indices, all below
//   start, and is recorded on entry; later picks come from start on, so every
//   subset is built exactly once.
// The backtracking frame of
// patterns/include/kata/patterns/backtracking.hpp: every node of the search
// is a subset (accept always); the candidates are the entries after the
// last one chosen, so each subset is built once, in index order.

class Solution {
 public:
  vector<vector<int>> subsets(vector<int>& nums) {
    vector<vector<int>> result;
    vector<int> path;
    backtrack(nums, 0, path, result);
    return result;
  }

 private:
  static void backtrack(const vector<int>& nums, size_t start,
                        vector<int>& path, vector<vector<int>>& result) {
    result.push_back(path);  // accept: every partial selection is a subset
    // candidates: the entries after the last chosen
    for (size_t i = start; i < nums.size(); ++i) {
      path.push_back(nums[i]);               // choose
      backtrack(nums, i + 1, path, result);  // explore
      path.pop_back();                       // unchoose
    }
  }
};
