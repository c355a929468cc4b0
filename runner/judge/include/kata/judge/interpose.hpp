// The attempt's synchronisation calls as points of the perturbed runs
// (interleave.hpp, sync_point): included once, in a concurrency kata's runner,
// after everything else. It defines glibc's pthread_mutex_lock, pthread_cond_wait,
// sem_wait, ... in the runner itself; the runner's calls, and libstdc++'s (a
// std::condition_variable waits inside libstdc++.so), reach these first, since an
// executable's definitions come before every library's. Each passes a point on a
// run's thread (before a call that may block or wake, after one that releases) and
// then calls glibc's own, found with dlsym(RTLD_NEXT). So a seed stalls the threads
// at every lock, wait, notify and semaphore call, not only at the judge's
// callbacks, and a window between two of the attempt's own calls is widened too.
//
// Not under ThreadSanitizer, whose runtime defines the same functions to watch
// them: its runner makes few runs and reads the races itself. C++20's
// atomic::wait and std::barrier wait on a futex without these calls: no point
// there. The pointers are found on first use without a function-local static
// (its guard would lock a mutex: this very function).
#pragma once

#include <dlfcn.h>
#include <pthread.h>
#include <semaphore.h>

#include <atomic>
#include <ctime>

#include <kata/judge/interleave.hpp>

#if defined(__SANITIZE_THREAD__)
#define KATA_INTERPOSE_SYNC 0
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define KATA_INTERPOSE_SYNC 0
#endif
#endif
#ifndef KATA_INTERPOSE_SYNC
#define KATA_INTERPOSE_SYNC 1
#endif

#if KATA_INTERPOSE_SYNC

namespace kata::judge::interleave::detail {

// glibc's definition of `name`, looked up once (a race looks it up twice, harmlessly).
template <class F>
F real(std::atomic<F>& slot, const char* name) {
  F f = slot.load(std::memory_order_acquire);
  if (!f) {
    f = reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
    slot.store(f, std::memory_order_release);
  }
  return f;
}

}  // namespace kata::judge::interleave::detail

// Before: each of these may block the caller or wake another thread. `spec` is
// glibc's exception specification (noexcept, or nothing for a cancellation point).
#define KATA_POINT_BEFORE(ret, name, params, args, spec)                            \
  extern "C" ret name params spec {                                                 \
    static std::atomic<ret(*) params> slot{nullptr};                                \
    ::kata::judge::interleave::sync_point();                                        \
    return ::kata::judge::interleave::detail::real(slot, #name) args;               \
  }
// After: each of these lets another thread go on.
#define KATA_POINT_AFTER(ret, name, params, args, spec)                             \
  extern "C" ret name params spec {                                                 \
    static std::atomic<ret(*) params> slot{nullptr};                                \
    const ret result = ::kata::judge::interleave::detail::real(slot, #name) args;   \
    ::kata::judge::interleave::sync_point();                                        \
    return result;                                                                  \
  }

KATA_POINT_BEFORE(int, pthread_mutex_lock, (pthread_mutex_t * m), (m), noexcept)
KATA_POINT_AFTER(int, pthread_mutex_unlock, (pthread_mutex_t * m), (m), noexcept)
KATA_POINT_BEFORE(int, pthread_cond_wait, (pthread_cond_t * c, pthread_mutex_t* m), (c, m), )
KATA_POINT_BEFORE(int, pthread_cond_timedwait,
                  (pthread_cond_t * c, pthread_mutex_t* m, const struct timespec* t), (c, m, t), )
KATA_POINT_BEFORE(int, pthread_cond_clockwait,
                  (pthread_cond_t * c, pthread_mutex_t* m, clockid_t k, const struct timespec* t),
                  (c, m, k, t), )
KATA_POINT_BEFORE(int, pthread_cond_signal, (pthread_cond_t * c), (c), noexcept)
KATA_POINT_BEFORE(int, pthread_cond_broadcast, (pthread_cond_t * c), (c), noexcept)
KATA_POINT_BEFORE(int, sem_wait, (sem_t * s), (s), )
KATA_POINT_BEFORE(int, sem_timedwait, (sem_t * s, const struct timespec* t), (s, t), )
KATA_POINT_BEFORE(int, sem_clockwait, (sem_t * s, clockid_t k, const struct timespec* t),
                  (s, k, t), )
KATA_POINT_AFTER(int, sem_post, (sem_t * s), (s), noexcept)

#undef KATA_POINT_BEFORE
#undef KATA_POINT_AFTER

#endif
