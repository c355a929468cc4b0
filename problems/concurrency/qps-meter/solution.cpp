// Time:  O(1) per hit, O(1000) per qps
// Space: O(1000)
// Invariant: under m_, bucket b counts the hits of millisecond ms_[b], the
//   newest millisecond congruent to b mod 1000 that any hit has named. A
//   hit for a newer millisecond starts its bucket over; one for an older
//   millisecond is at least a second older than a hit already recorded, so
//   no later query (never at an earlier time than a hit) can count it, and
//   it is dropped. A query adds the buckets whose millisecond lies in
//   (now - 1000, now].

class QpsMeter {
 public:
  QpsMeter() { ms_.fill(-1); }

  void hit(long long now) {
    lock_guard<mutex> lock(m_);
    const int b = static_cast<int>(now % kWindow);
    if (ms_[b] > now) return;  // too late: a newer second owns the bucket
    if (ms_[b] < now) {
      ms_[b] = now;
      count_[b] = 0;
    }
    ++count_[b];
  }

  int qps(long long now) {
    lock_guard<mutex> lock(m_);
    int total = 0;
    for (int b = 0; b < kWindow; ++b)
      if (ms_[b] > now - kWindow && ms_[b] <= now) total += count_[b];
    return total;
  }

 private:
  static constexpr int kWindow = 1000;  // milliseconds in the window
  array<long long, kWindow> ms_;
  array<int, kWindow> count_{};
  mutex m_;
};
