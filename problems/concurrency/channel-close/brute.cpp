// Brute force: a deque and a flag under one mutex, and callers that poll
// them, yielding, until they can decide.
// Time:  O(1) per call, plus the polling while a caller waits
// Space: O(capacity)

class Channel {
 public:
  Channel(int capacity) : capacity_(capacity) {}

  bool send(int x) {
    for (;; this_thread::yield()) {
      lock_guard<mutex> lock(m_);
      if (closed_) return false;
      if (static_cast<int>(items_.size()) < capacity_) {
        items_.push_back(x);
        return true;
      }
    }
  }

  optional<int> receive() {
    for (;; this_thread::yield()) {
      lock_guard<mutex> lock(m_);
      if (!items_.empty()) {
        const int x = items_.front();
        items_.pop_front();
        return x;
      }
      if (closed_) return nullopt;
    }
  }

  void close() {
    lock_guard<mutex> lock(m_);
    closed_ = true;
  }

 private:
  int capacity_;
  deque<int> items_;
  bool closed_ = false;
  mutex m_;
};
