// Recycles coroutine frames: per-thread free lists, balanced through a global pool (Go's gfput/gfget).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>

namespace kata::sched::detail {

// Why: a spawned task is allocated by the spawning thread and freed by
// whichever thread ran it. With malloc that is a cross-thread free per task,
// which falls out of the per-thread caches into a locked arena. Here frees go
// to the freeing thread's cache; a full cache (2 * kBatch) hands its older
// kBatch frames to the global pool as one array, and an empty cache takes an
// array from it, so frames flow back to the spawner one lock round trip per
// kBatch tasks. The spawner prefetches a whole array's frames at once: they
// were last written on the other core, and missing them one spawn at a time
// cost more than the rest of a spawn.
// Under AddressSanitizer frames come from plain new/delete, so that it still
// sees use-after-free of a frame.
class FramePool {
 public:
  static constexpr std::size_t kGranule = 64;
  static constexpr std::size_t kClasses = 16;  // frames up to 1 KiB are pooled
  static constexpr std::uint32_t kBatch = 32;

  static void* allocate(std::size_t size);
  static void deallocate(void* p, std::size_t size) noexcept;
};

#if defined(__SANITIZE_ADDRESS__)
inline void* FramePool::allocate(std::size_t size) { return ::operator new(size); }
inline void FramePool::deallocate(void* p, std::size_t size) noexcept { ::operator delete(p, size); }
#endif

}  // namespace kata::sched::detail
