// FramePool: per-thread free lists of coroutine frames and the global pool between them.
#include <kata/sched/frame_pool.hpp>

#include <kata/sched/spin_lock.hpp>

#if !defined(__SANITIZE_ADDRESS__)

namespace kata::sched::detail {
namespace {

struct FreeFrame {
  FreeFrame* next;        // within a list or a batch
  FreeFrame* next_batch;  // in the global pool: the next batch (valid in a batch's first frame)
};

constexpr std::size_t kMaxGlobalBatches = 256;  // per class; beyond, frames go back to the heap

struct GlobalPool {
  SpinLock lock;
  FreeFrame* batches = nullptr;  // guarded by lock
  std::size_t nbatches = 0;      // guarded by lock
};
GlobalPool g_pool[FramePool::kClasses];

void free_chain(FreeFrame* f, std::size_t bytes) noexcept {
  while (f != nullptr) {
    FreeFrame* next = f->next;
    ::operator delete(f, bytes);
    f = next;
  }
}

// Only its thread touches a cache.
struct ThreadCache {
  FreeFrame* head[FramePool::kClasses] = {};
  std::uint32_t count[FramePool::kClasses] = {};

  ~ThreadCache() {
    for (std::size_t c = 0; c < FramePool::kClasses; ++c) free_chain(head[c], (c + 1) * FramePool::kGranule);
  }

  // Moves kBatch frames from the list of class c to the global pool.
  void give_batch(std::size_t c) noexcept {
    FreeFrame* first = head[c];
    FreeFrame* last = first;
    for (std::uint32_t i = 1; i < FramePool::kBatch; ++i) last = last->next;
    head[c] = last->next;
    count[c] -= FramePool::kBatch;
    last->next = nullptr;
    GlobalPool& g = g_pool[c];
    g.lock.lock();
    if (g.nbatches < kMaxGlobalBatches) {
      first->next_batch = g.batches;
      g.batches = first;
      ++g.nbatches;
      first = nullptr;
    }
    g.lock.unlock();
    free_chain(first, (c + 1) * FramePool::kGranule);
  }

  // Refills the empty list of class c from the global pool; false if it is empty too.
  bool take_batch(std::size_t c) noexcept {
    GlobalPool& g = g_pool[c];
    g.lock.lock();
    FreeFrame* b = g.batches;
    if (b != nullptr) {
      g.batches = b->next_batch;
      --g.nbatches;
    }
    g.lock.unlock();
    if (b == nullptr) return false;
    head[c] = b;
    count[c] = FramePool::kBatch;
    return true;
  }
};

thread_local ThreadCache t_cache;

}  // namespace

void* FramePool::allocate(std::size_t size) {
  std::size_t c = (size - 1) / kGranule;
  if (c >= kClasses) return ::operator new(size);
  ThreadCache& tc = t_cache;
  if (tc.head[c] == nullptr && !tc.take_batch(c)) return ::operator new((c + 1) * kGranule);
  FreeFrame* f = tc.head[c];
  tc.head[c] = f->next;
  --tc.count[c];
  return f;
}

void FramePool::deallocate(void* p, std::size_t size) noexcept {
  std::size_t c = (size - 1) / kGranule;
  if (c >= kClasses) {
    ::operator delete(p, size);
    return;
  }
  ThreadCache& tc = t_cache;
  auto* f = static_cast<FreeFrame*>(p);
  f->next = tc.head[c];
  tc.head[c] = f;
  if (++tc.count[c] >= 2 * kBatch) tc.give_batch(c);
}

}  // namespace kata::sched::detail

#endif  // !__SANITIZE_ADDRESS__
