// Time:  O(n)
// Space: O(n)
// Invariant: waiting holds, by increasing index, exactly the days before j with
//   no warmer day yet, their temperatures never rising toward the top; wait[]
//   is final for every day already popped.

// The shape of kata::patterns::next_greater (monotonic_stack.hpp): each day
// waits on the stack until a strictly warmer day settles it.
class Solution {
 public:
  vector<int> dailyTemperatures(vector<int>& temperatures) {
    const int n = static_cast<int>(temperatures.size());
    vector<int> wait(n, 0);  // 0 stays for days that no warmer day follows
    // invariant: temperatures along `waiting` never increase
    vector<int> waiting;
    for (int j = 0; j < n; ++j) {
      while (!waiting.empty() &&
             temperatures[j] > temperatures[waiting.back()]) {
        wait[waiting.back()] = j - waiting.back();
        waiting.pop_back();
      }
      waiting.push_back(j);
    }
    return wait;
  }
};
