// Time:  O(1) per call
// Space: O(1)
// Invariant: under m_, credit_ is what the bucket held at time last_, in
//   millionths of a token, never above burst * 10^6. A call first brings it
//   to now (rate * elapsed millionths, an exact integer, capped at the
//   burst), then takes 10^6 if there are that many: refill, cap and take
//   are one step under the lock, so two threads never take the same token.

class TokenBucket {
 public:
  TokenBucket(long long rate, long long burst)
      : rate_(rate), full_(burst * kToken), credit_(full_) {}

  bool allow(long long now) {
    lock_guard<mutex> lock(m_);
    if (now > last_) {
      // At most 10^6 * 10^12 = 10^18: no overflow in a long long.
      const long long gained = rate_ * (now - last_);
      credit_ = gained >= full_ - credit_ ? full_ : credit_ + gained;
      last_ = now;
    }
    if (credit_ < kToken) return false;
    credit_ -= kToken;
    return true;
  }

 private:
  static constexpr long long kToken = 1'000'000;  // millionths in a token
  long long rate_;    // tokens per second = millionths per microsecond
  long long full_;    // burst, in millionths
  long long credit_;  // in millionths, at time last_
  long long last_ = 0;
  mutex m_;
};
