// blocking(f) and blocking_for(limit, f): run ordinary code that may block, with the P handed off.
#pragma once

#include <atomic>
#include <chrono>
#include <coroutine>
#include <exception>
#include <functional>  // std::invoke
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>  // std::monostate

#include <kata/sched/runtime.hpp>

namespace kata::sched {

namespace detail {

// The value of f(), kept so that references and void fit in std::optional.
template <class R>
struct Stored {
  using type = R;
  static R&& get(R& r) { return std::move(r); }
};
template <class R>
struct Stored<R&> {
  using type = R*;
  static R& get(R* r) { return *r; }
};
template <>
struct Stored<void> {
  using type = std::monostate;
};

template <class F, class R = std::invoke_result_t<F&>>
void run_into(F& f, std::optional<typename Stored<R>::type>& out) {
  if constexpr (std::is_void_v<R>) {
    std::invoke(f);
    out.emplace();
  } else if constexpr (std::is_reference_v<R>) {
    out.emplace(std::addressof(std::invoke(f)));
  } else {
    out.emplace(std::invoke(f));
  }
}

template <class F>
class BlockingAwaiter {
  using R = std::invoke_result_t<F&>;

 public:
  explicit BlockingAwaiter(F f) : f_(std::move(f)) {}
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) {
    Runtime* rt = t_rt;
    if (rt == nullptr || t_p == nullptr) {
      run();
      return h;
    }
    Runtime::BlockingTicket ticket = rt->enter_blocking();  // the monitor may hand our P to another M from now on
    run();
    return rt->exit_blocking(ticket, h);  // h, or noop when the task was queued because no P was free
  }
  R await_resume() {
    if (error_) std::rethrow_exception(error_);
    if constexpr (!std::is_void_v<R>) return Stored<R>::get(*result_);
  }

 private:
  void run() noexcept {
    try {
      run_into(f_, result_);
    } catch (...) {
      error_ = std::current_exception();
    }
  }
  F f_;
  std::optional<typename Stored<R>::type> result_;
  std::exception_ptr error_;
};

// Shared by the task and the thread running f: whichever of "f returned" and
// "the deadline passed" moves phase first decides the outcome.
template <class F>
struct BlockingForState final : TimeoutBase {
  using R = std::invoke_result_t<F&>;
  enum : int { kRunning = 0, kReturned = 1, kTimedOut = 2 };

  explicit BlockingForState(F fn) : f(std::in_place, std::move(fn)) {}

  void fire() noexcept override {
    int expected = kRunning;
    if (phase.compare_exchange_strong(expected, kTimedOut, std::memory_order_acq_rel)) {  // pairs with the worker's CAS after f
      rt->abandon(m, ticket, h);
    }
  }

  std::atomic<int> phase{kRunning};
  // Destroyed by the thread that ran it as soon as it returns: the monitor's timer
  // keeps this state until the deadline, and f's captures (a judged case's input)
  // must not live that long. Only that thread touches f.
  std::optional<F> f;
  std::optional<typename Stored<R>::type> result;
  std::exception_ptr error;
  Runtime* rt = nullptr;
  Machine* m = nullptr;
  Runtime::BlockingTicket ticket;
  std::coroutine_handle<> h;
};

template <class F>
class BlockingForAwaiter {
  using State = BlockingForState<F>;
  using R = typename State::R;
  using Value = std::conditional_t<std::is_reference_v<R>, std::reference_wrapper<std::remove_reference_t<R>>, R>;
  using Result = std::optional<std::conditional_t<std::is_void_v<R>, std::monostate, Value>>;

 public:
  BlockingForAwaiter(std::chrono::nanoseconds limit, F f)
      : limit_(limit), st_(std::make_shared<State>(std::move(f))) {}
  bool await_ready() const noexcept { return false; }
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) {
    std::shared_ptr<State> st = st_;  // on our stack: the frame may be gone once the deadline wins
    Runtime* rt = t_rt;
    if (rt == nullptr || t_p == nullptr) {  // not on a worker: no monitor to watch f
      run(*st);
      st->phase.store(State::kReturned, std::memory_order_relaxed);
      return h;
    }
    st->rt = rt;
    st->m = t_m;
    st->h = h;
    st->ticket = rt->enter_blocking();
    rt->add_timer(std::chrono::steady_clock::now() + limit_, nullptr, st);  // publishes the fields above to the monitor (mutex)
    run(*st);
    int expected = State::kRunning;
    if (st->phase.compare_exchange_strong(expected, State::kReturned,
                                          std::memory_order_acq_rel)) {  // pairs with fire()'s CAS
      return rt->exit_blocking(st->ticket, h);
    }
    // The deadline won: the task runs elsewhere and this thread is no longer
    // the runtime's. Touch neither the frame nor the runtime again.
    t_abandoned = true;
    return std::noop_coroutine();
  }
  Result await_resume() {
    if (st_->phase.load(std::memory_order_acquire) == State::kTimedOut) return std::nullopt;
    if (st_->error) std::rethrow_exception(st_->error);
    if constexpr (std::is_void_v<R>) {
      return std::monostate{};
    } else {
      return Result(std::in_place, Stored<R>::get(*st_->result));
    }
  }

 private:
  static void run(State& st) noexcept {
    try {
      run_into(*st.f, st.result);
    } catch (...) {
      st.error = std::current_exception();
    }
    st.f.reset();  // see BlockingForState::f
  }
  std::chrono::nanoseconds limit_;
  std::shared_ptr<State> st_;
};

}  // namespace detail

// Runs f() on this thread with the P released, so the monitor can hand the P
// to another thread while f blocks. The result (or exception) of f is the
// result of the co_await. f must not co_await (it is ordinary code).
template <class F>
detail::BlockingAwaiter<std::decay_t<F>> blocking(F&& f) {
  return detail::BlockingAwaiter<std::decay_t<F>>(std::forward<F>(f));
}

// Like blocking(f), but gives up on f after limit: the task resumes (on
// another thread) with std::nullopt while f's thread is abandoned; see
// "Abandoned threads" in kata/sched.hpp. A void f yields optional<monostate>.
// f and its result live in shared heap state, so f may outlive the task.
template <class F>
detail::BlockingForAwaiter<std::decay_t<F>> blocking_for(std::chrono::nanoseconds limit, F&& f) {
  return detail::BlockingForAwaiter<std::decay_t<F>>(limit, std::forward<F>(f));
}

}  // namespace kata::sched
