// Time:  O(n)
// Space: O(k)
// Invariant: candidates holds, in index order, the indices i of the window
//   ending at right whose nums[i] beats every later value up to right, so their
//   values fall and the front is the window's maximum.

// The monotonic deque of kata::patterns::window_max
// (patterns/include/kata/patterns/sliding_window.hpp): an index that has a
// larger or equal value to its right can never be a window's maximum
// again, so it is dropped.
class Solution {
 public:
  vector<int> maxSlidingWindow(vector<int>& nums, int k) {
    const int n = static_cast<int>(nums.size());
    vector<int> maxima;
    // invariant: indices inside the window, values strictly decreasing
    deque<int> candidates;
    for (int right = 0; right < n; ++right) {
      while (!candidates.empty() && nums[candidates.back()] <= nums[right])
        candidates.pop_back();
      candidates.push_back(right);
      // it left the window
      if (candidates.front() <= right - k) candidates.pop_front();
      if (right >= k - 1) maxima.push_back(nums[candidates.front()]);
    }
    return maxima;
  }
};
