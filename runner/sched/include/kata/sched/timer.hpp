// sleep_for: suspends the task; the monitor's timer heap readies it at the deadline.
#pragma once

#include <chrono>
#include <coroutine>
#include <thread>

#include <kata/sched/runtime.hpp>

namespace kata::sched {

namespace detail {
struct SleepAwaiter {
  std::chrono::nanoseconds d;
  bool await_ready() const {
    if (d.count() <= 0) return true;
    if (t_rt == nullptr) {  // not on a worker: nothing else to run meanwhile
      std::this_thread::sleep_for(d);
      return true;
    }
    return false;
  }
  void await_suspend(std::coroutine_handle<> h) const {
    t_rt->add_timer(std::chrono::steady_clock::now() + d, h.address(), nullptr);
  }
  void await_resume() const noexcept {}
};
}  // namespace detail

// Resumes the task no earlier than d from now, on some P of its scheduler.
inline detail::SleepAwaiter sleep_for(std::chrono::nanoseconds d) noexcept { return {d}; }

}  // namespace kata::sched
