// Brute force: remember when each key was last used and scan for the oldest.
// Time:  O(capacity) per call
// Space: O(capacity)

class LRUCache {
 public:
  explicit LRUCache(int capacity) : capacity_(capacity) {}

  int get(int key) {
    for (auto& e : entries_)
      if (e.key == key) {
        e.used = ++clock_;
        return e.value;
      }
    return -1;
  }

  void put(int key, int value) {
    for (auto& e : entries_)
      if (e.key == key) {
        e.value = value;
        e.used = ++clock_;
        return;
      }
    if (static_cast<int>(entries_.size()) == capacity_) {
      size_t oldest = 0;
      for (size_t i = 1; i < entries_.size(); ++i)
        if (entries_[i].used < entries_[oldest].used) oldest = i;
      entries_.erase(entries_.begin() + static_cast<long>(oldest));
    }
    entries_.push_back({key, value, ++clock_});
  }

 private:
  struct Entry {
    int key, value;
    long long used;
  };
  int capacity_;
  long long clock_ = 0;
  vector<Entry> entries_;
};
