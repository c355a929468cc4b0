// Scheduler: owns the Ps and Ms that run Tasks; spawn, block_on, go, yield, checkpoint.
#pragma once

#include <condition_variable>
#include <coroutine>
#include <cstddef>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>  // std::logic_error
#include <thread>
#include <type_traits>
#include <utility>

#include <kata/sched/runtime.hpp>
#include <kata/sched/task.hpp>

namespace kata::sched {

class Scheduler {
 public:
  explicit Scheduler(std::size_t processors = std::thread::hardware_concurrency())
      : Scheduler(SchedulerOptions{.processors = processors}) {}
  explicit Scheduler(const SchedulerOptions& options) : rt_(std::make_unique<detail::Runtime>(options)) {}
  // Waits until every spawned task has finished (a task blocked forever keeps it waiting).
  ~Scheduler() = default;
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Go's `go`: from any thread or task. An exception escaping the task calls std::terminate.
  void spawn(Task<void> task) {
    if (!task.valid()) throw std::invalid_argument("kata::sched: spawn of an empty Task");
    rt_->spawn(task.release_to(rt_.get()));
  }

  // Runs task to completion from a plain thread (not one of this scheduler's
  // workers) and returns its value or rethrows its exception.
  template <class T>
  T block_on(Task<T> task);

  std::size_t processors() const noexcept { return rt_->processors(); }

 private:
  template <class T>
  struct BlockOn {
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
    std::exception_ptr error;
    using Value = std::conditional_t<std::is_reference_v<T>, std::remove_reference_t<T>*, T>;
    std::optional<std::conditional_t<std::is_void_v<T>, char, Value>> value;
  };
  template <class T>
  static Task<void> block_on_root(Task<T> task, BlockOn<T>* st) {
    try {
      if constexpr (std::is_void_v<T>) {
        co_await std::move(task);
      } else if constexpr (std::is_reference_v<T>) {
        st->value.emplace(std::addressof(co_await std::move(task)));
      } else {
        st->value.emplace(co_await std::move(task));
      }
    } catch (...) {
      st->error = std::current_exception();
    }
    std::lock_guard lk(st->mu);  // notify under the lock: the waiter may destroy *st as soon as it sees done
    st->done = true;
    st->cv.notify_one();
  }

  std::unique_ptr<detail::Runtime> rt_;
};

template <class T>
T Scheduler::block_on(Task<T> task) {
  if (detail::t_rt == rt_.get()) {
    throw std::logic_error("kata::sched: block_on from a worker of the same scheduler; co_await instead");
  }
  BlockOn<T> st;
  spawn(block_on_root<T>(std::move(task), &st));
  std::unique_lock lk(st.mu);
  st.cv.wait(lk, [&] { return st.done; });
  if (st.error) std::rethrow_exception(st.error);
  if constexpr (std::is_reference_v<T>) {
    return **st.value;
  } else if constexpr (!std::is_void_v<T>) {
    return std::move(*st.value);
  }
}

// Spawns on the scheduler of the calling task. Throws std::logic_error elsewhere.
inline void go(Task<void> task) {
  detail::Runtime* rt = detail::t_rt;
  if (rt == nullptr) throw std::logic_error("kata::sched::go outside a scheduler task");
  if (!task.valid()) throw std::invalid_argument("kata::sched: go with an empty Task");
  rt->spawn(task.release_to(rt));
}

namespace detail {
struct YieldAwaiter {
  bool await_ready() const noexcept { return t_p == nullptr; }
  void await_suspend(std::coroutine_handle<> h) const noexcept {
    Processor* p = t_p;
    p->rt->push_local(p, h.address(), false);  // the P keeps running: no one to wake
  }
  void await_resume() const noexcept {}
};

struct CheckpointAwaiter {
  bool await_ready() const noexcept {
    Processor* p = t_p;
    return p == nullptr || !p->preempt.load(std::memory_order_relaxed);
  }
  void await_suspend(std::coroutine_handle<> h) const {
    Processor* p = t_p;
    p->preempt.store(false, std::memory_order_relaxed);
    p->rt->ready_global(h.address());  // as Go does with a preempted G
  }
  void await_resume() const noexcept {}
};
}  // namespace detail

// Lets the other tasks of this P run first (Go's runtime.Gosched).
inline detail::YieldAwaiter yield() noexcept { return {}; }

// Nearly free: one relaxed load. Yields only when the monitor asked, because
// this task has held its P for SchedulerOptions::preempt_after.
inline detail::CheckpointAwaiter checkpoint() noexcept { return {}; }

}  // namespace kata::sched
