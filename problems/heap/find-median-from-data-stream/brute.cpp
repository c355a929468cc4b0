// Brute force: keep every value in a sorted vector (insert at its place) and read
// the middle.
// Time:  O(n) per addNum, O(1) per findMedian
// Space: O(n)

class MedianFinder {
 public:
  MedianFinder() {}

  void addNum(int num) { values_.insert(upper_bound(values_.begin(), values_.end(), num), num); }

  double findMedian() {
    const size_t n = values_.size();
    if (n % 2 == 1) return values_[n / 2];
    return (static_cast<double>(values_[n / 2 - 1]) + values_[n / 2]) / 2.0;
  }

 private:
  vector<int> values_;  // sorted
};
