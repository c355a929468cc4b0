// Brute force: count with an ordered map, sort the (count, value) pairs from the
// highest count down, and keep the first k values.
// Time:  O(n log n)
// Space: O(n)

class Solution {
 public:
  vector<int> topKFrequent(vector<int>& nums, int k) {
    map<int, int> count;
    for (int x : nums) ++count[x];
    vector<pair<int, int>> by_count;  // (count, value)
    for (const auto& [value, c] : count) by_count.push_back({c, value});
    sort(by_count.rbegin(), by_count.rend());
    vector<int> out;
    for (int i = 0; i < k; ++i) out.push_back(by_count[static_cast<size_t>(i)].second);
    return out;
  }
};
