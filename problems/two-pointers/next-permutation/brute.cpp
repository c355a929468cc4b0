// Brute force, two ways.
// Up to 8 values: list every distinct arrangement in a sorted set and take the one
// after nums (or the first, when nums is the last).
// Longer: the successor keeps the longest prefix that can stay. Going from the
// right, the first position i with a larger value somewhere after it is the last
// position that can grow: it takes the smallest larger value after it, and the
// values after i are sorted ascending. No such i: sort everything ascending.
// Time:  O(n! * n log n) up to 8 values, O(n^2 log n) beyond
// Space: O(n! * n) up to 8 values, O(n) beyond

class Solution {
 public:
  void nextPermutation(vector<int>& nums) {
    if (nums.size() <= 8) {
      set<vector<int>> all;
      vector<int> current;
      vector<bool> used(nums.size(), false);
      arrange(nums, used, current, all);
      auto next = all.upper_bound(nums);
      nums = next == all.end() ? *all.begin() : *next;
      return;
    }
    const int n = static_cast<int>(nums.size());
    for (int i = n - 2; i >= 0; --i) {
      int best = -1;  // the index of the smallest value after i that is larger than nums[i]
      for (int k = i + 1; k < n; ++k)
        if (nums[k] > nums[i] && (best < 0 || nums[k] < nums[best])) best = k;
      if (best < 0) continue;
      swap(nums[i], nums[best]);
      sort(nums.begin() + i + 1, nums.end());
      return;
    }
    sort(nums.begin(), nums.end());
  }

 private:
  static void arrange(const vector<int>& nums, vector<bool>& used, vector<int>& current,
                      set<vector<int>>& all) {
    if (current.size() == nums.size()) {
      all.insert(current);
      return;
    }
    for (size_t k = 0; k < nums.size(); ++k) {
      if (used[k]) continue;
      used[k] = true;
      current.push_back(nums[k]);
      arrange(nums, used, current, all);
      current.pop_back();
      used[k] = false;
    }
  }
};
