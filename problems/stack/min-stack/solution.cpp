// Time:  O(1) per call
// Space: O(n), n = the number of values on the stack
// Invariant: slots_[i].second is the minimum of slots_[0..i].first for
//   every i, so the last slot always holds both the top value and the
//   minimum of the whole stack.

// The aggregate stack of kata::patterns::AggregateStack
// (patterns/include/kata/patterns/stack.hpp): each slot stores, next to its
// value, the minimum of itself and every slot below it. Nothing below a slot
// changes while the slot is on the stack, so that minimum stays right; a pop
// uncovers the minimum of what remains, computed when it was pushed.
class MinStack {
 public:
  MinStack() {}

  void push(int val) {
    const int below = slots_.empty() ? val : slots_.back().second;
    slots_.emplace_back(val, min(below, val));
  }

  void pop() { slots_.pop_back(); }

  int top() { return slots_.back().first; }

  int getMin() { return slots_.back().second; }

 private:
  vector<pair<int, int>> slots_;  // (value, minimum of this slot and all below)
};
