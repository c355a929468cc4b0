// Task<T>: a lazily started coroutine that can be co_awaited or spawned.
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>  // std::exception_ptr, std::terminate
#include <memory>     // std::addressof
#include <type_traits>
#include <utility>

#include <kata/sched/frame_pool.hpp>

namespace kata::sched {

template <class T = void>
class Task;

namespace detail {

class Runtime;

// Called on a worker when a spawned (detached) task has finished; defined in runtime.cpp.
void root_done(Runtime* rt) noexcept;

struct PromiseBase {
  static void* operator new(std::size_t size) { return FramePool::allocate(size); }
  static void operator delete(void* p, std::size_t size) noexcept {
    FramePool::deallocate(p, size);
  }

  std::coroutine_handle<> continuation;  // the awaiting coroutine; null for a spawned task
  Runtime* root = nullptr;               // set when spawned: the frame frees itself at the end
  std::exception_ptr error;

  std::suspend_always initial_suspend() noexcept { return {}; }

  struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    // Symmetric transfer back to the awaiting coroutine keeps deep chains of
    // synchronously completing awaits off the stack when the compiler makes the
    // resume a tail call: clang always does; GCC only with -foptimize-sibling-calls
    // (on at -O2, off at -O1 and -O0), which kata_sched therefore passes to every
    // target that uses it (runner/sched/CMakeLists.txt). Without it, a loop of a
    // hundred thousand co_awaits overflowed the stack (sched_test at -O1).
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
      PromiseBase& pr = h.promise();
      if (pr.continuation) return pr.continuation;
      Runtime* rt = pr.root;
      // Like std::thread, an exception that escaped a spawned task ends the
      // process; rethrown inside noexcept, so std::terminate names it.
      if (pr.error) std::rethrow_exception(pr.error);
      h.destroy();  // nothing may touch the frame after this
      if (rt != nullptr) root_done(rt);
      return std::noop_coroutine();
    }
    void await_resume() noexcept {}
  };
  FinalAwaiter final_suspend() noexcept { return {}; }
  void unhandled_exception() noexcept { error = std::current_exception(); }
};

template <class T>
struct Promise : PromiseBase {
  alignas(T) unsigned char storage[sizeof(T)];
  bool has_value = false;

  Task<T> get_return_object() noexcept;
  template <class U>
  void return_value(U&& v) {
    ::new (static_cast<void*>(storage)) T(std::forward<U>(v));
    has_value = true;
  }
  T take() {
    if (error) std::rethrow_exception(error);
    T* p = std::launder(reinterpret_cast<T*>(storage));
    return std::move(*p);
  }
  ~Promise() {
    if (has_value) std::launder(reinterpret_cast<T*>(storage))->~T();
  }
};

template <class T>
struct Promise<T&> : PromiseBase {
  T* ref = nullptr;
  Task<T&> get_return_object() noexcept;
  void return_value(T& v) noexcept { ref = std::addressof(v); }
  T& take() {
    if (error) std::rethrow_exception(error);
    return *ref;
  }
};

template <>
struct Promise<void> : PromiseBase {
  Task<void> get_return_object() noexcept;
  void return_void() noexcept {}
  void take() {
    if (error) std::rethrow_exception(error);
  }
};

}  // namespace detail

// A coroutine that starts when awaited (or spawned) and resumes its awaiter
// by symmetric transfer when it finishes. Move-only; owns its frame until it
// is awaited to completion, destroyed, or handed to a Scheduler.
template <class T>
class [[nodiscard]] Task {
 public:
  using promise_type = detail::Promise<T>;
  using handle_type = std::coroutine_handle<promise_type>;

  Task() noexcept = default;
  explicit Task(handle_type h) noexcept : h_(h) {}
  Task(Task&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Task& operator=(Task&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  Task(const Task&) = delete;
  Task& operator=(const Task&) = delete;
  ~Task() {
    if (h_) h_.destroy();
  }

  bool valid() const noexcept { return static_cast<bool>(h_); }

  auto operator co_await() && noexcept { return Awaiter{h_}; }
  auto operator co_await() & noexcept { return Awaiter{h_}; }

  // Gives the frame to a runtime: it will free itself when it finishes.
  handle_type release_to(detail::Runtime* rt) noexcept {
    h_.promise().root = rt;
    return std::exchange(h_, {});
  }

 private:
  struct Awaiter {
    handle_type h;
    bool await_ready() const noexcept { return !h || h.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiting) noexcept {
      h.promise().continuation = awaiting;
      return h;  // start the task now, on this thread
    }
    decltype(auto) await_resume() { return h.promise().take(); }
  };

  handle_type h_;
};

namespace detail {
template <class T>
Task<T> Promise<T>::get_return_object() noexcept {
  return Task<T>{std::coroutine_handle<Promise<T>>::from_promise(*this)};
}
template <class T>
Task<T&> Promise<T&>::get_return_object() noexcept {
  return Task<T&>{std::coroutine_handle<Promise<T&>>::from_promise(*this)};
}
inline Task<void> Promise<void>::get_return_object() noexcept {
  return Task<void>{std::coroutine_handle<Promise<void>>::from_promise(*this)};
}
}  // namespace detail

}  // namespace kata::sched
