// Brute force: sort, drop repeats, and measure every run of values that go up by one.
// Time:  O(n log n)
// Space: O(n)

class Solution {
 public:
  int longestConsecutive(vector<int>& nums) {
    vector<long long> v(nums.begin(), nums.end());
    sort(v.begin(), v.end());
    v.erase(unique(v.begin(), v.end()), v.end());
    int best = 0, run = 0;
    for (size_t i = 0; i < v.size(); ++i) {
      run = (i > 0 && v[i] == v[i - 1] + 1) ? run + 1 : 1;
      best = max(best, run);
    }
    return best;
  }
};
