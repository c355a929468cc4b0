// select: wait on several channel operations at once, as Go's select statement.
#pragma once

#include <algorithm>  // std::sort
#include <array>
#include <coroutine>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <tuple>
#include <utility>

#include <kata/sched/channel.hpp>

namespace kata::sched {

namespace detail {

// Type-erased view of one case, used with the channel's lock held.
struct SelectCase {
  virtual ~SelectCase() = default;
  virtual SpinLock* lock() noexcept = 0;  // null for the default case
  virtual Op poll(Wake& wk) = 0;          // try now
  virtual void enqueue(SelectState* sel, std::uint32_t index) noexcept = 0;
  virtual void dequeue() noexcept = 0;    // unlink if still waiting
  virtual bool failed() const noexcept { return false; }  // a send case woken by close()
};

template <class T>
class RecvCase final : public SelectCase {
 public:
  RecvCase(ChanState<T>* ch, std::optional<T>* out) : ch_(ch), out_(out) {}
  SpinLock* lock() noexcept override { return &ch_->lock; }
  Op poll(Wake& wk) override {
    Op r = ch_->try_recv_locked(*out_, wk);
    return r == Op::closed ? Op::done : r;  // a closed channel is ready: *out is nullopt
  }
  void enqueue(SelectState* sel, std::uint32_t index) noexcept override {
    w_.sel = sel;
    w_.case_index = index;
    w_.recv_slot = out_;
    ch_->enqueue_receiver(&w_);
  }
  void dequeue() noexcept override { ch_->unlink(&w_); }

 private:
  ChanState<T>* ch_;
  std::optional<T>* out_;
  ChanWaiter<T> w_;
};

template <class T>
class SendCase final : public SelectCase {
 public:
  SendCase(ChanState<T>* ch, T v) : ch_(ch), value_(std::move(v)) {}
  SpinLock* lock() noexcept override { return &ch_->lock; }
  Op poll(Wake& wk) override { return ch_->try_send_locked(value_, wk); }
  void enqueue(SelectState* sel, std::uint32_t index) noexcept override {
    w_.sel = sel;
    w_.case_index = index;
    w_.send_value = &value_;
    ch_->enqueue_sender(&w_);
  }
  void dequeue() noexcept override { ch_->unlink(&w_); }
  bool failed() const noexcept override { return w_.closed; }

 private:
  ChanState<T>* ch_;
  T value_;
  ChanWaiter<T> w_;
};

class DefaultCase final : public SelectCase {
 public:
  SpinLock* lock() noexcept override { return nullptr; }
  Op poll(Wake&) override { return Op::would_block; }
  void enqueue(SelectState*, std::uint32_t) noexcept override {}
  void dequeue() noexcept override {}
};

template <class... Cases>
class SelectAwaiter {
  static constexpr std::size_t N = sizeof...(Cases);

 public:
  explicit SelectAwaiter(Cases... cases) : cases_(std::move(cases)...) {}
  SelectAwaiter(SelectAwaiter&& o) noexcept : cases_(std::move(o.cases_)) {}

  // Go's selectgo, pass 1: lock every channel (in address order), poll the
  // cases in a random order, fire the first ready one, else take the default.
  bool await_ready() {
    std::size_t i = 0;
    std::apply([&](auto&... c) { ((all_[i++] = &c), ...); }, cases_);
    Runtime* rt = t_rt;
    std::size_t n = 0;
    for (std::uint32_t k = 0; k < N; ++k) {
      if (all_[k]->lock() == nullptr) {
        default_ = static_cast<int>(k);
      } else {
        poll_[n++] = k;
      }
    }
    npoll_ = n;
    if (n == 0 && default_ < 0) throw std::logic_error("kata::sched: select with no cases");
    for (std::size_t k = n; k > 1; --k) {  // Fisher-Yates: each ready case equally likely
      std::size_t j = static_cast<std::size_t>((rt != nullptr ? rt->random() : fallback_random()) % k);
      std::swap(poll_[k - 1], poll_[j]);
    }
    for (std::size_t k = 0; k < n; ++k) locks_[k] = all_[poll_[k]]->lock();
    std::sort(locks_.begin(), locks_.begin() + static_cast<std::ptrdiff_t>(n));
    nlocks_ = static_cast<std::size_t>(std::unique(locks_.begin(), locks_.begin() + static_cast<std::ptrdiff_t>(n)) - locks_.begin());
    for (std::size_t k = 0; k < nlocks_; ++k) locks_[k]->lock();
    for (std::size_t k = 0; k < n; ++k) {
      Wake wk;
      Op r = all_[poll_[k]]->poll(wk);
      if (r == Op::would_block) continue;
      unlock_all();
      wk();
      if (r == Op::closed) throw ChannelClosed();  // a send case on a closed channel
      fired_ = poll_[k];
      return true;
    }
    if (default_ >= 0) {
      unlock_all();
      fired_ = static_cast<std::uint32_t>(default_);
      return true;
    }
    return false;  // still locked: await_suspend enqueues us
  }

  // Pass 2: wait on every case, release the locks, then park unless a waker
  // already claimed us (then wait for its result and go on).
  std::coroutine_handle<> await_suspend(std::coroutine_handle<> h) noexcept {
    sel_.h = h;
    sel_.rt = t_rt;
    for (std::size_t k = 0; k < npoll_; ++k) all_[poll_[k]]->enqueue(&sel_, poll_[k]);
    unlock_all();
    int expected = 0;
    if (sel_.state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) {  // pairs with SelectState::claim
      return std::noop_coroutine();
    }
    while (sel_.state.load(std::memory_order_acquire) != 3) cpu_relax();  // pairs with complete()'s release store
    return h;
  }

  // Pass 3: leave the queues of the cases that did not fire.
  std::size_t await_resume() {
    if (sel_.h) {
      fired_ = sel_.fired;
      for (std::size_t k = 0; k < npoll_; ++k) {
        SelectCase* c = all_[poll_[k]];
        c->lock()->lock();
        c->dequeue();
        c->lock()->unlock();
      }
      if (all_[fired_]->failed()) throw ChannelClosed();
    }
    return fired_;
  }

 private:
  void unlock_all() noexcept {
    for (std::size_t k = nlocks_; k > 0; --k) locks_[k - 1]->unlock();
  }
  static std::uint64_t fallback_random() noexcept {
    thread_local std::uint64_t x = 0x9E3779B97F4A7C15ULL;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  }

  std::tuple<Cases...> cases_;
  std::array<SelectCase*, N> all_{};
  std::array<std::uint32_t, N> poll_{};
  std::array<SpinLock*, N> locks_{};
  std::size_t npoll_ = 0;
  std::size_t nlocks_ = 0;
  int default_ = -1;
  std::uint32_t fired_ = 0;
  SelectState sel_;
};

}  // namespace detail

// A receive case: fires with *out = the value, or std::nullopt if closed.
template <class T>
detail::RecvCase<T> recv_case(Channel<T>& ch, std::optional<T>& out) {
  return detail::RecvCase<T>(ch.state(), &out);
}
// A send case: fires when v is delivered; throws ChannelClosed on a closed channel.
template <class T, class U>
detail::SendCase<T> send_case(Channel<T>& ch, U&& v) {
  return detail::SendCase<T>(ch.state(), T(std::forward<U>(v)));
}
// Fires at once when no other case is ready.
inline detail::DefaultCase default_case() noexcept { return {}; }

// co_await select(cases...) -> the index (in argument order) of the case that
// fired. Among ready cases one is chosen uniformly at random, as in Go.
template <class... Cases>
detail::SelectAwaiter<Cases...> select(Cases... cases) {
  return detail::SelectAwaiter<Cases...>(std::move(cases)...);
}

}  // namespace kata::sched
