// Brute force: count every value. Try every pair of values x <= y among the
// distinct ones (x == y allowed); the third value is then forced, z = -(x + y).
// Keep the triple when y <= z (so each triple of values is met exactly once, in
// sorted order) and nums holds each value at least as often as the triple uses it.
// Time:  O(n log n + d^2 log d), d = the number of distinct values
// Space: O(d)

class Solution {
 public:
  vector<vector<int>> threeSum(vector<int>& nums) {
    map<int, int> count;
    for (int x : nums) ++count[x];
    vector<int> values;
    for (const auto& [v, c] : count) values.push_back(v);
    vector<vector<int>> out;
    for (size_t a = 0; a < values.size(); ++a)
      for (size_t b = a; b < values.size(); ++b) {
        const int x = values[a], y = values[b], z = -(x + y);  // |x + y| <= 2 * 10^5
        if (z < y || !count.count(z)) continue;
        map<int, int> used;
        ++used[x], ++used[y], ++used[z];
        bool enough = true;
        for (const auto& [v, k] : used) enough = enough && count[v] >= k;
        if (enough) out.push_back({x, y, z});
      }
    return out;
  }
};
