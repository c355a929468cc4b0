// FramePool: per-thread caches of coroutine frames and the global pool between them.
#include <kata/sched/frame_pool.hpp>

#include <cstring>  // std::memmove

#include <kata/sched/spin_lock.hpp>

#if !defined(__SANITIZE_ADDRESS__)

namespace kata::sched::detail {
namespace {

constexpr std::size_t kMaxGlobalBatches = 256;  // per class; beyond, frames go back to the heap

// kBatch frame addresses. Held in arrays rather than chained through the
// frames: a thread that takes a batch knows every address at once and can
// fetch all the lines (written on another core) in parallel, where a chain
// would cost one dependent miss per frame.
struct Batch {
  Batch* next;
  void* frames[FramePool::kBatch];
};

struct GlobalPool {
  SpinLock lock;
  Batch* full = nullptr;   // guarded by lock
  Batch* spare = nullptr;  // emptied nodes, reused by give_batch; guarded by lock
  std::size_t nfull = 0;   // guarded by lock
};
GlobalPool g_pool[FramePool::kClasses];

constexpr std::size_t class_bytes(std::size_t c) {
  return (c + 1) * FramePool::kGranule;
}

// Only its thread touches a cache.
struct ThreadCache {
  // Per class, a stack of free frames: allocate pops the top, deallocate pushes.
  void* slot[FramePool::kClasses][2 * FramePool::kBatch];
  std::uint32_t count[FramePool::kClasses] = {};

  ~ThreadCache() {
    for (std::size_t c = 0; c < FramePool::kClasses; ++c) {
      for (std::uint32_t i = 0; i < count[c]; ++i) ::operator delete(slot[c][i], class_bytes(c));
    }
  }

  // The stack of class c is full: its older half goes to the global pool.
  void give_batch(std::size_t c) noexcept {
    GlobalPool& g = g_pool[c];
    g.lock.lock();
    if (g.nfull < kMaxGlobalBatches) {
      if (Batch* b = g.spare) {
        g.spare = b->next;
        push_full(g, b, c);
        g.lock.unlock();
        return;
      }
    }
    bool room = g.nfull < kMaxGlobalBatches;
    g.lock.unlock();
    Batch* b = room ? new (std::nothrow) Batch : nullptr;
    if (b == nullptr) {  // the pool is full (or no memory for a node): back to the heap
      for (std::uint32_t i = 0; i < FramePool::kBatch; ++i)
        ::operator delete(slot[c][i], class_bytes(c));
      drop_bottom(c);
      return;
    }
    g.lock.lock();
    push_full(g, b, c);
    g.lock.unlock();
  }

  // The stack of class c is empty: refill it from the global pool; false if that is empty too.
  bool take_batch(std::size_t c) noexcept {
    GlobalPool& g = g_pool[c];
    g.lock.lock();
    Batch* b = g.full;
    if (b == nullptr) {
      g.lock.unlock();
      return false;
    }
    g.full = b->next;
    --g.nfull;
    std::memcpy(slot[c], b->frames, sizeof b->frames);
    b->next = g.spare;
    g.spare = b;
    g.lock.unlock();
    count[c] = FramePool::kBatch;
    // The frames were freed by the thread that ran them: start moving every
    // line here now, for writing, so the next spawns do not miss one by one.
    for (std::uint32_t i = 0; i < FramePool::kBatch; ++i) __builtin_prefetch(slot[c][i], 1, 3);
    return true;
  }

 private:
  // Under g.lock: the older half of class c's stack becomes batch b.
  void push_full(GlobalPool& g, Batch* b, std::size_t c) noexcept {
    std::memcpy(b->frames, slot[c], sizeof b->frames);
    drop_bottom(c);
    b->next = g.full;
    g.full = b;
    ++g.nfull;
  }

  void drop_bottom(std::size_t c) noexcept {
    std::memmove(slot[c], slot[c] + FramePool::kBatch,
                 (count[c] - FramePool::kBatch) * sizeof(void*));
    count[c] -= FramePool::kBatch;
  }
};

thread_local ThreadCache t_cache;

}  // namespace

void* FramePool::allocate(std::size_t size) {
  std::size_t c = (size - 1) / kGranule;
  if (c >= kClasses) return ::operator new(size);
  ThreadCache& tc = t_cache;
  if (tc.count[c] == 0 && !tc.take_batch(c)) return ::operator new(class_bytes(c));
  return tc.slot[c][--tc.count[c]];
}

void FramePool::deallocate(void* p, std::size_t size) noexcept {
  std::size_t c = (size - 1) / kGranule;
  if (c >= kClasses) {
    ::operator delete(p, size);
    return;
  }
  ThreadCache& tc = t_cache;
  tc.slot[c][tc.count[c]++] = p;
  if (tc.count[c] == 2 * kBatch) tc.give_batch(c);
}

}  // namespace kata::sched::detail

#endif  // !__SANITIZE_ADDRESS__
