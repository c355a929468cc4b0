// Time:  O(1) per call
// Space: O(capacity)
// Invariant: items_ holds at most capacity_ elements, and only under m_.
//   A producer waits on not_full_ until there is room, a consumer on
//   not_empty_ until there is an element; each wakes one waiter of the other
//   kind, the only kind its change can let through. Waiting with a predicate
//   re-checks after every wake-up: another thread of the same kind may have
//   taken the room or the element first.

class BoundedBlockingQueue {
 public:
  BoundedBlockingQueue(int capacity) : capacity_(capacity) {}

  void enqueue(int element) {
    unique_lock<mutex> lock(m_);
    not_full_.wait(lock,
                   [&] { return static_cast<int>(items_.size()) < capacity_; });
    items_.push_back(element);
    not_empty_.notify_one();
  }

  int dequeue() {
    unique_lock<mutex> lock(m_);
    not_empty_.wait(lock, [&] { return !items_.empty(); });
    const int front = items_.front();
    items_.pop_front();
    not_full_.notify_one();
    return front;
  }

  int size() {
    lock_guard<mutex> lock(m_);
    return static_cast<int>(items_.size());
  }

 private:
  int capacity_;
  deque<int> items_;
  mutex m_;
  condition_variable not_full_, not_empty_;
};
