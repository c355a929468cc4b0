// Brute force: every hit's time in a vector under one mutex; a query counts
// the times in its window one by one.
// Time:  O(1) per hit, O(hits) per qps
// Space: O(hits)

class QpsMeter {
 public:
  QpsMeter() {}

  void hit(long long now) {
    lock_guard<mutex> lock(m_);
    times_.push_back(now);
  }

  int qps(long long now) {
    lock_guard<mutex> lock(m_);
    int total = 0;
    for (const long long t : times_)
      if (now - 1000 < t && t <= now) ++total;
    return total;
  }

 private:
  vector<long long> times_;
  mutex m_;
};
