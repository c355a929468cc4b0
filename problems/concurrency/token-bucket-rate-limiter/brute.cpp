// Brute force: no bucket at all, only the promise. A call passes when
// letting it through keeps, for every earlier allowed time t1, the allowed
// calls with times in [t1, now] (this one included) at most
// burst + rate * (now - t1) / 10^6, compared exactly in millionths. A
// bucket's credit is the least slack over those windows, capped at burst,
// so passing greedily by this rule is the token bucket. (A window that
// starts at no allowed call is looser than the one starting at the next
// allowed call, and [now, now] alone holds one call: burst >= 1.)
// Time:  O(allowed calls so far) per call
// Space: O(allowed calls)

class TokenBucket {
 public:
  TokenBucket(long long rate, long long burst) : rate_(rate), burst_(burst) {}

  bool allow(long long now) {
    lock_guard<mutex> lock(m_);
    long long in_window = 1;  // this call
    for (int i = static_cast<int>(allowed_.size()) - 1; i >= 0; --i) {
      ++in_window;  // allowed_[i] and everything after it
      const long long slack = rate_ * (now - allowed_[i]);
      if (in_window * 1'000'000 > burst_ * 1'000'000 + slack) return false;
    }
    allowed_.push_back(now);
    return true;
  }

 private:
  long long rate_, burst_;
  vector<long long> allowed_;  // the times of the calls that passed
  mutex m_;
};
