// Brute force: a deque under one mutex, and callers that poll it, yielding,
// until there is room (enqueue) or an element (dequeue).
// Time:  O(1) per call, plus the polling while a caller waits
// Space: O(capacity)

class BoundedBlockingQueue {
 public:
  BoundedBlockingQueue(int capacity) : capacity_(capacity) {}

  void enqueue(int element) {
    for (;; this_thread::yield()) {
      lock_guard<mutex> lock(m_);
      if (static_cast<int>(items_.size()) < capacity_) {
        items_.push_back(element);
        return;
      }
    }
  }

  int dequeue() {
    for (;; this_thread::yield()) {
      lock_guard<mutex> lock(m_);
      if (!items_.empty()) {
        const int front = items_.front();
        items_.pop_front();
        return front;
      }
    }
  }

  int size() {
    lock_guard<mutex> lock(m_);
    return static_cast<int>(items_.size());
  }

 private:
  int capacity_;
  deque<int> items_;
  mutex m_;
};
