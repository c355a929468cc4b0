// Time:  O(n * n!)
// Space: O(n)
// Invariant: path lists nums[i] for exactly the indices i with used[i] set,
//   each once, so it is an arrangement of distinct positions waiting to be
//   extended by the unused ones.
// The backtracking frame of patterns/include/kata/patterns/backtracking.hpp
// (accept, then choose / explore / unchoose each candidate); the path is the
// arrangement so far, the candidates are the values not yet used.

class Solution {
 public:
  vector<vector<int>> permute(vector<int>& nums) {
    vector<vector<int>> result;
    vector<int> path;
    vector<bool> used(nums.size(), false);
    backtrack(nums, used, path, result);
    return result;
  }

 private:
  static void backtrack(const vector<int>& nums, vector<bool>& used,
                        vector<int>& path, vector<vector<int>>& result) {
    if (path.size() == nums.size()) {  // accept: every value placed
      result.push_back(path);
      return;
    }
    for (size_t i = 0; i < nums.size(); ++i) {
      if (used[i]) continue;  // candidates: the unused values
      used[i] = true;         // choose
      path.push_back(nums[i]);
      backtrack(nums, used, path, result);  // explore
      path.pop_back();                      // unchoose
      used[i] = false;
    }
  }
};
