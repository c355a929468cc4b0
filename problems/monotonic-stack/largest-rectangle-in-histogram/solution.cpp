// Time:  O(n)
// Space: O(n)
// Invariant: in each pass waiting holds the scanned bars with no strictly lower
//   bar found beyond them yet, heights never falling toward the top; a bar is
//   popped at the first such bar, which is stored.

// The shape of kata::patterns::prev_smaller / next_smaller
// (monotonic_stack.hpp): the best rectangle that uses all of bar i at full
// height stretches from just after the nearest strictly lower bar on the left
// to just before the one on the right.
class Solution {
 public:
  int largestRectangleArea(vector<int>& heights) {
    const int n = static_cast<int>(heights.size());
    vector<int> prev_smaller(n, -1), next_smaller(n, n);
    vector<int> waiting;  // invariant: heights along `waiting` never decrease
    for (int j = 0; j < n; ++j) {
      while (!waiting.empty() && heights[j] < heights[waiting.back()]) {
        next_smaller[waiting.back()] = j;
        waiting.pop_back();
      }
      waiting.push_back(j);
    }
    waiting.clear();
    for (int j = n - 1; j >= 0; --j) {
      while (!waiting.empty() && heights[j] < heights[waiting.back()]) {
        prev_smaller[waiting.back()] = j;
        waiting.pop_back();
      }
      waiting.push_back(j);
    }
    int best = 0;
    for (int i = 0; i < n; ++i) {
      int width = next_smaller[i] - prev_smaller[i] - 1;
      best = max(best, heights[i] * width);  // at most 10^4 * 10^5: fits in int
    }
    return best;
  }
};
