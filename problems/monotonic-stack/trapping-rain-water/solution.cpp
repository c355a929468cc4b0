// Time:  O(n)
// Space: O(n)
// Invariant: waiting holds each index i < j whose height is >= every bar after
//   it up to j - 1 (heights never rise toward the top), and water is the rain
//   height[0, j) would hold on its own.

// The shape of kata::patterns::prev_greater (monotonic_stack.hpp), filling
// water in horizontal layers: when a bar is higher than the top of the stack,
// the top is a floor, the bar below it on the stack is its left wall and the
// new bar its right wall, so one layer of water `min(walls) - floor` high fills
// the gap between them.
class Solution {
 public:
  int trap(vector<int>& height) {
    const int n = static_cast<int>(height.size());
    int water = 0;        // at most 10^5 * (2 * 10^4 - 2): fits in int
    vector<int> waiting;  // invariant: heights along `waiting` never increase
    for (int j = 0; j < n; ++j) {
      while (!waiting.empty() && height[j] > height[waiting.back()]) {
        int floor = height[waiting.back()];
        waiting.pop_back();
        if (waiting.empty()) break;  // no left wall: the water would run off
        int left = waiting.back();
        water += (min(height[left], height[j]) - floor) * (j - left - 1);
      }
      waiting.push_back(j);
    }
    return water;
  }
};

// The constant-space alternative: two pointers, always moving the lower
// side, whose level is bounded by its own running maximum because the
// other side is higher.
// Time:  O(n)
// Space: O(1)
class Solution2 {
 public:
  int trap(vector<int>& height) {
    int l = 0, r = static_cast<int>(height.size()) - 1;
    int left_max = 0, right_max = 0, water = 0;
    while (l < r) {
      if (height[l] < height[r]) {
        left_max = max(left_max, height[l]);
        water += left_max - height[l++];
      } else {
        right_max = max(right_max, height[r]);
        water += right_max - height[r--];
      }
    }
    return water;
  }
};
