// TaskRing: the global run queue's storage, a FIFO of task pointers. Internal.
#pragma once

#include <cstddef>
#include <memory>

namespace kata::sched::detail {

// A ring that doubles when full and never shrinks, used under
// Runtime::gq_lock_. Why not std::deque: it allocates a block every 64
// pointers on the pushing thread and frees it on the popping one, so a spawner
// whose local queue keeps overflowing to the global one (one task spawning a
// million) paid a cross-thread malloc/free per block; the ring allocates only
// while it grows to the largest backlog it has seen (8 bytes per task).
class TaskRing {
 public:
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }

  void push_back(void* g) {
    if (size_ == cap_) grow(size_ + 1);
    buf_[(head_ + size_) & (cap_ - 1)] = g;
    ++size_;
  }
  void push_back(void* const* gs, std::size_t n) {
    if (size_ + n > cap_) grow(size_ + n);
    for (std::size_t i = 0; i < n; ++i) buf_[(head_ + size_ + i) & (cap_ - 1)] = gs[i];
    size_ += n;
  }
  // Precondition: !empty().
  void* pop_front() noexcept {
    void* g = buf_[head_];
    head_ = (head_ + 1) & (cap_ - 1);
    --size_;
    return g;
  }

 private:
  void grow(std::size_t need) {
    std::size_t cap = cap_ == 0 ? 256 : cap_;
    while (cap < need) cap *= 2;
    auto buf = std::make_unique<void*[]>(cap);
    for (std::size_t i = 0; i < size_; ++i) buf[i] = buf_[(head_ + i) & (cap_ - 1)];
    buf_ = std::move(buf);
    cap_ = cap;
    head_ = 0;
  }

  std::unique_ptr<void*[]> buf_;
  std::size_t cap_ = 0;  // 0 or a power of two
  std::size_t head_ = 0;
  std::size_t size_ = 0;
};

}  // namespace kata::sched::detail
