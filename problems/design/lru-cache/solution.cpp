// Time:  O(1) per call on average
// Space: O(capacity)
// Invariant: order_ holds each cached (key, value) pair once, most recently
//   used first, never more than capacity_ of them, and where_ maps exactly
//   those keys to their node in order_.

class LRUCache {
 public:
  explicit LRUCache(int capacity) : capacity_(capacity) {}

  int get(int key) {
    auto it = where_.find(key);
    if (it == where_.end()) return -1;
    order_.splice(order_.begin(), order_, it->second);  // now the most recent
    return it->second->second;
  }

  void put(int key, int value) {
    if (auto it = where_.find(key); it != where_.end()) {
      it->second->second = value;
      order_.splice(order_.begin(), order_, it->second);
      return;
    }
    // evict the least recent
    if (static_cast<int>(order_.size()) == capacity_) {
      where_.erase(order_.back().first);
      order_.pop_back();
    }
    order_.emplace_front(key, value);
    where_[key] = order_.begin();
  }

 private:
  int capacity_;
  list<pair<int, int>> order_;  // most recently used first
  unordered_map<int, list<pair<int, int>>::iterator> where_;
};
