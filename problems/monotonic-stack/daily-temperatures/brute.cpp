// Brute force: from every day, walk forward until a warmer day.
// Time:  O(n^2)
// Space: O(1) besides the answer

class Solution {
 public:
  vector<int> dailyTemperatures(vector<int>& temperatures) {
    const int n = static_cast<int>(temperatures.size());
    vector<int> wait(n, 0);
    for (int i = 0; i < n; ++i) {
      for (int j = i + 1; j < n; ++j) {
        if (temperatures[j] > temperatures[i]) {
          wait[i] = j - i;
          break;
        }
      }
    }
    return wait;
  }
};
