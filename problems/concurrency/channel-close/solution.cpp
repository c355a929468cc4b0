// Time:  O(1) per call
// Space: O(capacity)
// Invariant: under m_, items_ holds at most capacity_ values and closed_
//   only ever goes from false to true. A sender waits for "room or
//   closed" and decides by closed_ first: after the close nothing more goes
//   in. A receiver waits for "a value or closed" and decides by emptiness
//   first: values already in the channel are delivered after the close too,
//   and nullopt means closed and drained. close() wakes every waiter of both
//   kinds, since the change answers all of them.

class Channel {
 public:
  Channel(int capacity) : capacity_(capacity) {}

  bool send(int x) {
    unique_lock<mutex> lock(m_);
    room_.wait(lock, [&] {
      return closed_ || static_cast<int>(items_.size()) < capacity_;
    });
    if (closed_) return false;
    items_.push_back(x);
    values_.notify_one();
    return true;
  }

  optional<int> receive() {
    unique_lock<mutex> lock(m_);
    values_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return nullopt;
    const int x = items_.front();
    items_.pop_front();
    room_.notify_one();
    return x;
  }

  void close() {
    lock_guard<mutex> lock(m_);
    closed_ = true;
    room_.notify_all();
    values_.notify_all();
  }

 private:
  int capacity_;
  deque<int> items_;
  bool closed_ = false;
  mutex m_;
  condition_variable room_, values_;
};
