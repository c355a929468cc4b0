// The engine behind Scheduler: Ps, Ms, the global queue, parking, the monitor. Internal.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

#include <kata/sched/check.hpp>
#include <kata/sched/processor.hpp>
#include <kata/sched/spin_lock.hpp>
#include <kata/sched/task_ring.hpp>

namespace kata::sched {

struct SchedulerOptions {
  std::size_t processors = std::thread::hardware_concurrency();  // P count; 0 means 1
  std::chrono::nanoseconds preempt_after{10'000'000};  // ask a task that held its P this long to yield
  std::chrono::nanoseconds stuck_after{20'000'000};    // hand the queue of a P stuck this long to another M
  std::uint64_t seed = 0x853c49e6748fea9bULL;          // for victim choice and select
  // The P of an M in blocking()/blocking_for() is retaken as Go's sysmon retakes
  // one in a syscall: after one monitor look when work is queued, after 10 ms in
  // any case. A blocking call younger than blocking_grace keeps its P: for calls
  // that burn CPU rather than wait (the run engine's judged cases), where a second
  // thread on the P would only oversubscribe the cores. blocking_for's deadline
  // still hands the P off when it passes.
  std::chrono::nanoseconds blocking_grace{0};
};

namespace detail {

struct Machine;  // M, a worker thread; defined in runtime.cpp

// Fired by the monitor at a deadline (blocking_for).
struct TimeoutBase {
  virtual ~TimeoutBase() = default;
  virtual void fire() noexcept = 0;
};

inline constinit thread_local Runtime* t_rt = nullptr;   // the runtime this thread works for
inline constinit thread_local Processor* t_p = nullptr;  // the P this thread holds, if any
inline constinit thread_local Machine* t_m = nullptr;    // this thread's M, if it is a worker
inline constinit thread_local bool t_abandoned = false;  // set by blocking_for on a thread the runtime gave up

class Runtime {
 public:
  explicit Runtime(const SchedulerOptions& options);
  ~Runtime();  // waits until every spawned task has finished
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  std::size_t processors() const noexcept { return nprocs_; }

  // Any thread. h is a root task's frame that frees itself at its end.
  void spawn(std::coroutine_handle<> h) {
    Processor* p = t_p;
    if (p != nullptr && p->rt == this) {
      p->spawned.store(p->spawned.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
      bump(p->progress);
      push_local(p, h.address(), true);
    } else {
      external_spawned_.fetch_add(1, std::memory_order_relaxed);
      ready_global(h.address());
    }
  }

  // Any thread: makes a suspended task runnable (Go's ready()).
  void ready(std::coroutine_handle<> h) {
    Processor* p = t_p;
    if (p != nullptr && p->rt == this) {
      ready_local(p, h.address());
    } else {
      ready_global(h.address());
    }
  }

  // Executed only by the owner of p. g goes to runnext (it runs next, in the
  // time slice of the current task, as in Go); the task it displaces goes to
  // the tail of the local queue, which is step 1 of the wake protocol.
  void ready_local(Processor* p, void* g) {
    bump(p->progress);
    void* old = p->runnext.exchange(g, std::memory_order_acq_rel);  // acq_rel, pairs with the owner's CAS in local_get and the monitor's exchange
    if (old != nullptr) push_local(p, old, true);
  }

  // Executed only by the owner of p. With wake, the push is step 1 of the wake protocol.
  void push_local(Processor* p, void* g, bool wake) {
    if (!p->runq.push(g, wake ? std::memory_order_seq_cst : std::memory_order_release)) {
      push_overflow(p, g);
    } else if (wake) {
      wake_if_idle();
    }
  }

  // Any thread: to the global queue, then the wake protocol.
  void ready_global(void* g);

  // Steps 2-3 of the wake protocol; step 1 (publishing the work) was a seq_cst store or RMW.
  void wake_if_idle() {
    if (npidle_.load(std::memory_order_seq_cst) != 0 &&    // seq_cst, pairs with pidleput's RMW (park step 1)
        nmspinning_.load(std::memory_order_seq_cst) == 0) {  // seq_cst, pairs with the spinner's decrement (park step 2)
      wakep();
    }
  }

  // Timers, fired by the monitor: g is readied, or timeout->fire() is called.
  void add_timer(std::chrono::steady_clock::time_point when, void* g,
                 std::shared_ptr<TimeoutBase> timeout);

  // blocking(): the P is released while f runs, and retaken after.
  struct BlockingTicket {
    Processor* p = nullptr;
    std::uint64_t word = 0;  // p->status as stored on entry: (seq, kBlocking)
  };
  BlockingTicket enter_blocking();                       // executed only by the owner of t_p
  std::coroutine_handle<> exit_blocking(BlockingTicket t, std::coroutine_handle<> h);
  // The monitor, when blocking_for's deadline passed first: gives up m's thread,
  // hands its P to another M and resumes h there.
  void abandon(Machine* m, BlockingTicket t, std::coroutine_handle<> h) noexcept;

  std::uint64_t random() noexcept;

  // Internal to runtime.cpp.
  void m_main(Machine* m);

 private:
  struct TimerEntry {
    std::chrono::steady_clock::time_point when;
    std::uint64_t seq;
    void* g;
    std::shared_ptr<TimeoutBase> timeout;
    bool operator>(const TimerEntry& o) const {
      return when != o.when ? when > o.when : seq > o.seq;
    }
  };
  struct MonitorRecord;

  void push_overflow(Processor* p, void* g);
  void wakep();
  void startm_locked(std::unique_lock<std::mutex>& lk, Processor* p, bool spinning);
  Processor* pidleget_locked(Held);
  void pidleput_locked(Held, Processor* p);
  Processor* new_processor_locked(Held);
  void* local_get(Processor* p);
  void* global_get(Processor* p, bool just_one);
  void* steal(Processor* p);
  bool work_anywhere() const;
  void* find_runnable(Machine* m);
  bool stopm(Machine* m);
  void reset_spinning(Machine* m);
  void retire_if_overtime(Machine* m);
  void clear_overtime_locked(Held, Processor* p);
  void handoff(Processor* p);
  void hand_off_stuck(Processor* p);
  void kick_monitor();
  void monitor_main();
  bool retake(std::chrono::steady_clock::time_point now, std::vector<MonitorRecord>& recs);
  std::size_t busy() const noexcept {
    return nallp_.load(std::memory_order_relaxed) -
           static_cast<std::size_t>(npidle_.load(std::memory_order_relaxed));
  }
  bool balanced_locked(Held) const;

  const SchedulerOptions opt_;
  const std::size_t nprocs_;
  const std::size_t maxp_;                              // nprocs_ plus room for Ps added for stuck ones
  std::unique_ptr<std::atomic<Processor*>[]> allp_;     // [0, nallp_) are valid; appended under mu_
  std::atomic<std::size_t> nallp_{0};

  alignas(64) std::atomic<int> npidle_{0};      // == pidle_.size(); changed under mu_
  alignas(64) std::atomic<int> nmspinning_{0};  // Ms with a P looking for work
  alignas(64) std::atomic<std::size_t> global_size_{0};  // == global_.size(); changed under mu_
  std::atomic<std::int64_t> external_spawned_{0};        // spawns from threads without a P

  SpinLock gq_lock_;  // guards global_ (short critical sections on hot paths)
  TaskRing global_;

  std::mutex mu_;  // Go's sched.lock: guards the fields below
  std::vector<Processor*> pidle_;
  std::vector<Machine*> midle_;
  std::vector<std::unique_ptr<Machine>> allm_;
  std::size_t novertime_ = 0;  // Ps flagged stuck: they do not count against nprocs_
  bool shutdown_ = false;
  std::condition_variable quiet_cv_;  // notified when the last P goes idle

  std::mutex mon_mu_;  // guards timers_, mon_stop_, mon_kick_
  std::condition_variable mon_cv_;
  std::priority_queue<TimerEntry, std::vector<TimerEntry>, std::greater<>> timers_;
  std::uint64_t timer_seq_ = 0;
  bool mon_stop_ = false;
  bool mon_kick_ = false;
  std::atomic<bool> mon_sleeping_long_{false};
  std::thread monitor_;
};

}  // namespace detail
}  // namespace kata::sched
