// Brute force: a plain stack; getMin looks at every value on it.
// Time:  O(1) for push, pop and top; O(n) for getMin
// Space: O(n)

class MinStack {
 public:
  MinStack() {}

  void push(int val) { values_.push_back(val); }

  void pop() { values_.pop_back(); }

  int top() { return values_.back(); }

  int getMin() {
    int smallest = values_[0];
    for (int v : values_) smallest = min(smallest, v);
    return smallest;
  }

 private:
  vector<int> values_;
};
