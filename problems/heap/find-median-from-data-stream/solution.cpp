// Time:  O(log n) per addNum, O(1) per findMedian
// Space: O(n), n = the number of values added
// Invariant: between calls, low_ holds the smaller half of the values and high_
//   the larger, every value in low_ is <= every value in high_, and low_ has as
//   many values as high_ or one more.

// Two heaps, as kata::patterns::RunningMedian
// (patterns/include/kata/patterns/heap.hpp) keeps them: `low_` (a max-heap)
// holds the smaller half of the values, `high_` (a min-heap) the larger half,
// with low_.size() == high_.size() or low_.size() == high_.size() + 1, and
// every value in low_ <= every value in high_. The median is then low_'s top
// (odd count) or the average of the two tops (even count). A new value goes
// through low_ into high_ (so it lands on the right side of the border), and
// one value moves back when high_ has become the bigger heap.
class MedianFinder {
 public:
  MedianFinder() {}

  void addNum(int num) {
    low_.push(num);
    high_.push(low_.top());  // the largest of the lower half crosses over
    low_.pop();
    if (high_.size() > low_.size()) {
      low_.push(high_.top());
      high_.pop();
    }
  }

  double findMedian() {
    if (low_.size() > high_.size()) return low_.top();
    return (static_cast<double>(low_.top()) + high_.top()) / 2.0;
  }

 private:
  // max-heap: the smaller half
  priority_queue<int> low_;
  // min-heap: the larger half
  priority_queue<int, vector<int>, greater<int>> high_;
};
