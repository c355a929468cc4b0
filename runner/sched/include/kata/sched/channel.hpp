// Channel<T>: Go's channels (unbuffered or buffered) that close, for tasks.
#pragma once

#include <coroutine>
#include <cstddef>
#include <memory>
#include <optional>
#include <cstdint>
#include <stdexcept>  // std::logic_error, std::length_error
#include <utility>
#include <vector>

#include <kata/sched/check.hpp>
#include <kata/sched/runtime.hpp>
#include <kata/sched/spin_lock.hpp>

namespace kata::sched {

// Thrown by a send (or try_send, or a select send case) on a closed channel,
// and by a second close().
struct ChannelClosed : std::logic_error {
  ChannelClosed() : std::logic_error("kata::sched: channel closed") {}
};

namespace detail {
// One select statement waiting on several channels (Go's selectgo + sudog.isSelect).
// state: 0 arming (the selecting task still holds channel locks),
//        1 parked, 2 claimed by a waker that is writing the result,
//        3 claimed and written (only when claimed while arming).
struct SelectState {
  std::atomic<int> state{0};
  std::uint32_t fired = 0;
  std::coroutine_handle<> h;
  Runtime* rt = nullptr;

  // A waker holding one channel's lock tries to become the case that fires.
  // Returns the state it claimed from (0 or 1), or -1 if another case won.
  int claim() noexcept {
    int s = state.load(std::memory_order_acquire);
    while (s < 2) {
      if (state.compare_exchange_weak(s, 2, std::memory_order_acq_rel, std::memory_order_acquire)) return s;  // pairs with the selector's park CAS
    }
    return -1;
  }
};

template <class T>
struct ChanWaiter {
  ChanWaiter* next = nullptr;
  ChanWaiter* prev = nullptr;
  bool linked = false;
  std::coroutine_handle<> h;
  Runtime* rt = nullptr;
  SelectState* sel = nullptr;  // non-null for a select case
  std::uint32_t case_index = 0;
  int claimed_from = 0;
  T* send_value = nullptr;                  // a sender: the value to take
  std::optional<T>* recv_slot = nullptr;    // a receiver: where the value goes
  bool closed = false;                      // woken by close()
};

// FIFO of waiters, intrusive: the nodes live in the waiting tasks' frames.
template <class T>
class WaiterList {
 public:
  bool empty() const noexcept { return head_ == nullptr; }
  void push_back(ChanWaiter<T>* w) noexcept {
    w->next = nullptr;
    w->prev = tail_;
    w->linked = true;
    if (tail_ != nullptr) {
      tail_->next = w;
    } else {
      head_ = w;
    }
    tail_ = w;
  }
  ChanWaiter<T>* pop_front() noexcept {
    ChanWaiter<T>* w = head_;
    if (w != nullptr) unlink(w);
    return w;
  }
  void unlink(ChanWaiter<T>* w) noexcept {
    if (!w->linked) return;
    (w->prev != nullptr ? w->prev->next : head_) = w->next;
    (w->next != nullptr ? w->next->prev : tail_) = w->prev;
    w->next = w->prev = nullptr;
    w->linked = false;
  }

 private:
  ChanWaiter<T>* head_ = nullptr;
  ChanWaiter<T>* tail_ = nullptr;
};

// A task to make runnable once the channel lock is released.
struct Wake {
  std::coroutine_handle<> h;
  Runtime* rt = nullptr;
  void operator()() const {
    if (h) rt->ready(h);
  }
};

enum class Op { done, would_block, closed };

// alignas(64): the lock and every field an operation touches share one cache
// line, so a channel used from two cores moves one line per operation, not two.
template <class T>
class alignas(64) ChanState {
 public:
  explicit ChanState(std::size_t capacity)
      : cap_(checked_capacity(capacity)), buf_(capacity == 0 ? nullptr : new std::optional<T>[capacity]) {}

  SpinLock lock;

  // All of the following: called with lock held.

  // Go's chansend: a waiting receiver gets the value directly, else the buffer.
  Op try_send_locked(T& v, Wake& wk) {
    KATA_SCHED_CHECK(lock.is_locked(), "a channel's _locked function without its lock");
    if (closed_) return Op::closed;
    if (ChanWaiter<T>* r = take_waiter(recvq_)) {
      r->recv_slot->emplace(std::move(v));
      wk = complete(r);
      return Op::done;
    }
    if (count_ < cap_) {
      push_back(v);
      return Op::done;
    }
    return Op::would_block;
  }

  // Go's chanrecv: the buffer's head (refilled from a waiting sender), else a
  // waiting sender directly, else closed, else wait.
  Op try_recv_locked(std::optional<T>& out, Wake& wk) {
    KATA_SCHED_CHECK(lock.is_locked(), "a channel's _locked function without its lock");
    if (count_ > 0) {
      out.emplace(std::move(*buf_[head_]));
      buf_[head_].reset();
      if (++head_ == cap_) head_ = 0;
      --count_;
      if (ChanWaiter<T>* s = take_waiter(sendq_)) {
        push_back(*s->send_value);
        wk = complete(s);
      }
      return Op::done;
    }
    if (ChanWaiter<T>* s = take_waiter(sendq_)) {
      out.emplace(std::move(*s->send_value));
      wk = complete(s);
      return Op::done;
    }
    if (closed_) {
      out.reset();
      return Op::closed;
    }
    return Op::would_block;
  }

  void enqueue_sender(ChanWaiter<T>* w) noexcept { sendq_.push_back(w); }
  void enqueue_receiver(ChanWaiter<T>* w) noexcept { recvq_.push_back(w); }
  void unlink(ChanWaiter<T>* w) noexcept {
    // A waiter is on at most one of the two lists of this channel.
    if (w->recv_slot != nullptr) {
      recvq_.unlink(w);
    } else {
      sendq_.unlink(w);
    }
  }

  // Returns the waiters to wake; throws if already closed.
  std::vector<Wake> close_locked() {
    KATA_SCHED_CHECK(lock.is_locked(), "a channel's _locked function without its lock");
    if (closed_) throw ChannelClosed();
    closed_ = true;
    std::vector<Wake> wakes;
    while (ChanWaiter<T>* r = take_waiter(recvq_)) {
      r->recv_slot->reset();
      r->closed = true;
      wakes.push_back(complete(r));
    }
    while (ChanWaiter<T>* s = take_waiter(sendq_)) {
      s->closed = true;
      wakes.push_back(complete(s));
    }
    return wakes;
  }

  bool closed_locked() const noexcept { return closed_; }
  std::size_t size_locked() const noexcept { return count_; }
  std::size_t capacity() const noexcept { return cap_; }

 private:
  // Appends to the ring buffer, which has room (no division: cap_ is not a constant).
  void push_back(T& v) {
    std::uint64_t i = std::uint64_t{head_} + count_;
    if (i >= cap_) i -= cap_;
    buf_[i].emplace(std::move(v));
    ++count_;
  }

  // The first waiter this operation may complete; select waiters whose select
  // already fired elsewhere are dropped.
  static ChanWaiter<T>* take_waiter(WaiterList<T>& q) noexcept {
    while (ChanWaiter<T>* w = q.pop_front()) {
      if (w->sel == nullptr) return w;
      int from = w->sel->claim();
      if (from >= 0) {
        w->claimed_from = from;
        return w;
      }
    }
    return nullptr;
  }

  // After the data moved: who to wake. A select claimed while still arming
  // is not woken; its task sees state 3 and resumes itself. Nothing may touch
  // w after this returns.
  static Wake complete(ChanWaiter<T>* w) noexcept {
    if (w->sel == nullptr) return Wake{w->h, w->rt};
    SelectState* s = w->sel;
    s->fired = w->case_index;
    if (w->claimed_from == 1) return Wake{s->h, s->rt};
    s->state.store(3, std::memory_order_release);  // release, pairs with the selector's acquire spin: the result is written
    return Wake{};
  }

  static std::uint32_t checked_capacity(std::size_t capacity) {
    if (capacity > UINT32_MAX) throw std::length_error("kata::sched: channel capacity above 2^32 - 1");
    return static_cast<std::uint32_t>(capacity);
  }

  const std::uint32_t cap_;
  std::unique_ptr<std::optional<T>[]> buf_;
  std::uint32_t head_ = 0;
  std::uint32_t count_ = 0;
  bool closed_ = false;
  WaiterList<T> recvq_;
  WaiterList<T> sendq_;
};

template <class T>
class SendAwaiter {
 public:
  SendAwaiter(ChanState<T>* ch, T v) : ch_(ch), value_(std::move(v)) {}
  bool await_ready() {
    ch_->lock.lock();
    Wake wk;
    Op r = ch_->try_send_locked(value_, wk);
    if (r == Op::would_block) return false;  // still locked: await_suspend enqueues us
    ch_->lock.unlock();
    wk();
    if (r == Op::closed) throw ChannelClosed();
    return true;
  }
  void await_suspend(std::coroutine_handle<> h) noexcept {
    w_.h = h;
    w_.rt = t_rt;
    w_.send_value = &value_;
    ch_->enqueue_sender(&w_);
    ch_->lock.unlock();  // from here the task may run elsewhere: the last touch
  }
  void await_resume() const {
    if (w_.closed) throw ChannelClosed();
  }

 private:
  ChanState<T>* ch_;
  T value_;
  ChanWaiter<T> w_;
};

template <class T>
class RecvAwaiter {
 public:
  explicit RecvAwaiter(ChanState<T>* ch) : ch_(ch) {}
  bool await_ready() {
    ch_->lock.lock();
    Wake wk;
    Op r = ch_->try_recv_locked(out_, wk);
    if (r == Op::would_block) return false;  // still locked: await_suspend enqueues us
    ch_->lock.unlock();
    wk();
    return true;
  }
  void await_suspend(std::coroutine_handle<> h) noexcept {
    w_.h = h;
    w_.rt = t_rt;
    w_.recv_slot = &out_;
    ch_->enqueue_receiver(&w_);
    ch_->lock.unlock();  // from here the task may run elsewhere: the last touch
  }
  std::optional<T> await_resume() { return std::move(out_); }

 private:
  ChanState<T>* ch_;
  std::optional<T> out_;
  ChanWaiter<T> w_;
};

}  // namespace detail

// A handle: copies share one channel. Capacity 0 is an unbuffered rendezvous.
template <class T>
class Channel {
 public:
  explicit Channel(std::size_t capacity = 0) : s_(std::make_shared<detail::ChanState<T>>(capacity)) {}

  // co_await ch.send(v): waits for room or a receiver; throws ChannelClosed once closed.
  detail::SendAwaiter<T> send(T value) { return {s_.get(), std::move(value)}; }
  // co_await ch.recv(): the next value; std::nullopt once closed and drained.
  detail::RecvAwaiter<T> recv() { return detail::RecvAwaiter<T>(s_.get()); }

  // Sends without waiting: true (value moved from) or false (value untouched).
  // Throws ChannelClosed once closed.
  bool try_send(T& value) {
    s_->lock.lock();
    detail::Wake wk;
    detail::Op r = s_->try_send_locked(value, wk);
    s_->lock.unlock();
    wk();
    if (r == detail::Op::closed) throw ChannelClosed();
    return r == detail::Op::done;
  }
  // A value if one is ready now; std::nullopt if none is (or closed and drained).
  std::optional<T> try_recv() {
    std::optional<T> out;
    s_->lock.lock();
    detail::Wake wk;
    s_->try_recv_locked(out, wk);
    s_->lock.unlock();
    wk();
    return out;
  }

  // Wakes every waiter: receivers get what is left, then std::nullopt;
  // senders throw ChannelClosed. A second close() throws ChannelClosed.
  void close() {
    s_->lock.lock();
    std::vector<detail::Wake> wakes;
    try {
      wakes = s_->close_locked();
    } catch (...) {
      s_->lock.unlock();
      throw;
    }
    s_->lock.unlock();
    for (const detail::Wake& wk : wakes) wk();
  }

  bool closed() const {
    s_->lock.lock();
    bool c = s_->closed_locked();
    s_->lock.unlock();
    return c;
  }
  std::size_t size() const {
    s_->lock.lock();
    std::size_t n = s_->size_locked();
    s_->lock.unlock();
    return n;
  }
  std::size_t capacity() const noexcept { return s_->capacity(); }

  detail::ChanState<T>* state() const noexcept { return s_.get(); }

 private:
  std::shared_ptr<detail::ChanState<T>> s_;
};

}  // namespace kata::sched
