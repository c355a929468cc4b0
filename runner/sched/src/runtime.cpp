// The runtime: the M loop, finding work, parking and waking, the monitor.
// The design and the protocols are described at the top of kata/sched.hpp.
#include <kata/sched/runtime.hpp>

#include <algorithm>  // std::min
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>  // std::logic_error

namespace kata::sched::detail {

using std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {
constexpr std::uint32_t kRunnextBound = 3;  // Tokio's MAX_LIFO_POLLS_PER_TICK
constexpr std::uint32_t kGlobalEvery = 61;  // Go: check the global queue every 61 ticks
constexpr int kStealRounds = 4;             // Go's stealTries
constexpr auto kSpinFor = std::chrono::microseconds(50);  // a spinning M keeps looking this long before parking
constexpr std::size_t kMaxExtraPs = 64;     // Ps added in place of stuck ones
constexpr auto kMonitorMin = 20us;
constexpr auto kMonitorMax = 10ms;
constexpr auto kBlockingRetakeAlways = 10ms;  // Go: retake a P in a syscall after 10ms in any case
}  // namespace

struct Machine {
  Runtime* rt = nullptr;
  std::thread thread;
  Processor* p = nullptr;      // the P held; only this M writes it once it runs
  Processor* nextp = nullptr;  // handed over by startm; under mu_
  bool spinning = false;       // counted in nmspinning_
  bool abandoned = false;      // under mu_: its thread was given up (blocking_for)
  std::condition_variable cv;  // waits on Runtime::mu_ in stopm
};

struct Runtime::MonitorRecord {
  std::uint64_t status = ~std::uint64_t{0};
  std::uint32_t tick = 0;
  std::uint32_t prog = 0;
  steady_clock::time_point status_at, tick_at, prog_at;
};

void check_failed(const char* what, const char* file, int line) noexcept {
  std::fprintf(stderr, "kata::sched: invariant broken: %s (%s:%d)\n", what, file, line);
  std::abort();
}

void root_done(Runtime* rt) noexcept {
  Processor* p = t_p;
  assert(p != nullptr && p->rt == rt && "a spawned task finishes on a worker of its runtime");
  (void)rt;
  p->finished.store(p->finished.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
}

Runtime::Runtime(const SchedulerOptions& options)
    : opt_(options),
      nprocs_(options.processors == 0 ? 1 : options.processors),
      maxp_(nprocs_ + kMaxExtraPs),
      allp_(new std::atomic<Processor*>[maxp_]) {
  for (std::size_t i = 0; i < maxp_; ++i) allp_[i].store(nullptr, std::memory_order_relaxed);
  std::unique_lock lk(mu_);
  for (std::size_t i = 0; i < nprocs_; ++i) pidleput_locked(Held(lk), new_processor_locked(Held(lk)));
  monitor_ = std::thread([this] { monitor_main(); });
}

Runtime::~Runtime() {
  std::vector<Machine*> to_join;
  {
    std::unique_lock lk(mu_);
    quiet_cv_.wait(lk, [&] {
      return static_cast<std::size_t>(npidle_.load(std::memory_order_relaxed)) ==
                 nallp_.load(std::memory_order_relaxed) &&
             balanced_locked(Held(lk));
    });
    shutdown_ = true;
    for (Machine* m : midle_) m->cv.notify_one();
    for (auto& m : allm_) {
      if (!m->abandoned) to_join.push_back(m.get());
    }
  }
  for (Machine* m : to_join) m->thread.join();
  {
    std::lock_guard lk(mon_mu_);
    mon_stop_ = true;
  }
  mon_cv_.notify_one();
  monitor_.join();
  for (std::size_t i = 0; i < nallp_.load(std::memory_order_relaxed); ++i) {
    delete allp_[i].load(std::memory_order_relaxed);
  }
}

// Every spawn was counted on the P (or the thread) that made it, every end on
// the P that ran it. Read when all Ps are idle: each owner's last write came
// before it put its P on the idle list under mu_, which we hold.
bool Runtime::balanced_locked(Held held) const {
  KATA_SCHED_CHECK(held.of(mu_), "balanced_locked without mu_");
  std::int64_t live = external_spawned_.load(std::memory_order_relaxed);
  for (std::size_t i = 0; i < nallp_.load(std::memory_order_relaxed); ++i) {
    Processor* p = allp_[i].load(std::memory_order_relaxed);
    live += p->spawned.load(std::memory_order_relaxed) - p->finished.load(std::memory_order_relaxed);
  }
  return live == 0;
}

Processor* Runtime::new_processor_locked(Held held) {
  KATA_SCHED_CHECK(held.of(mu_), "new_processor_locked without mu_");
  std::size_t n = nallp_.load(std::memory_order_relaxed);
  if (n == maxp_) return nullptr;
  auto* p = new Processor;
  p->rt = this;
  p->id = static_cast<std::uint32_t>(n);
  p->rng = opt_.seed ^ (0x9E3779B97F4A7C15ULL * (n + 1));
  if (p->rng == 0) p->rng = 1;
  allp_[n].store(p, std::memory_order_release);  // store-release, pairs with the acquire loads in steal and the monitor
  nallp_.store(n + 1, std::memory_order_release);  // store-release, publishes the slot above
  return p;
}

// ---- queues ---------------------------------------------------------------

namespace {
// Tasks taken in a batch from another P or the global queue were written on
// another core: start fetching all their frames now, so that running them
// does not stall on one miss after another.
void prefetch_frames(void* const* gs, std::size_t n) noexcept {
  for (std::size_t i = 0; i < n; ++i) __builtin_prefetch(gs[i], 1, 3);
}
}  // namespace

void Runtime::ready_global(void* g) {
  gq_lock_.lock();
  global_.push_back(g);
  global_size_.fetch_add(1, std::memory_order_seq_cst);  // wake protocol step 1: publish the work
  gq_lock_.unlock();
  wake_if_idle();
}

// Go's runqputslow: the ring is full, so half of it and g go to the global
// queue in one batch. Executed only by the owner of p.
void Runtime::push_overflow(Processor* p, void* g) {
  void* batch[RunQueue::kCapacity / 2 + 1];
  for (;;) {
    std::uint32_t n = p->runq.take_half_of_full(batch);
    if (n == 0) {
      if (p->runq.push(g, std::memory_order_seq_cst)) break;  // a thief made room
      continue;
    }
    batch[n++] = g;
    gq_lock_.lock();
    global_.push_back(batch, n);
    global_size_.fetch_add(n, std::memory_order_seq_cst);  // wake protocol step 1
    gq_lock_.unlock();
    break;
  }
  wake_if_idle();
}

// Executed only by the owner of p.
void* Runtime::local_get(Processor* p) {
  void* n = p->runnext.load(std::memory_order_relaxed);
  if (n != nullptr) {
    // A pair of tasks waking each other through runnext may keep it for at most
    // kRunnextBound turns while other tasks wait in the queue.
    if (p->runnext_streak < kRunnextBound || p->runq.empty()) {
      if (p->runnext.compare_exchange_strong(n, nullptr, std::memory_order_acq_rel)) {  // pairs with ready_local's exchange and the monitor's
        ++p->runnext_streak;
        return n;
      }
    } else if (p->runnext.compare_exchange_strong(n, nullptr, std::memory_order_acq_rel)) {  // idem
      push_local(p, n, false);
    }
  }
  p->runnext_streak = 0;
  return p->runq.pop();
}

// Go's globrunqget: a fair share of the global queue, one to run and the rest
// into p's (empty) local queue. Executed only by the owner of p.
void* Runtime::global_get(Processor* p, bool just_one) {
  if (global_size_.load(std::memory_order_relaxed) == 0) return nullptr;
  void* batch[RunQueue::kCapacity / 2];
  gq_lock_.lock();
  std::size_t size = global_.size();
  if (size == 0) {
    gq_lock_.unlock();
    return nullptr;
  }
  std::size_t n = just_one ? 1 : std::min({size, size / nprocs_ + 1, std::size_t{RunQueue::kCapacity / 2}});
  void* g = global_.pop_front();
  for (std::size_t i = 1; i < n; ++i) batch[i - 1] = global_.pop_front();
  global_size_.fetch_sub(n, std::memory_order_relaxed);
  gq_lock_.unlock();
  prefetch_frames(batch, n - 1);
  if (n > 1) p->runq.push_batch(batch, static_cast<std::uint32_t>(n - 1));
  return g;
}

void* Runtime::steal(Processor* p) {
  std::size_t n = nallp_.load(std::memory_order_acquire);  // pairs with new_processor_locked
  void* batch[RunQueue::kCapacity / 2];
  for (int round = 0; round < kStealRounds; ++round) {
    std::size_t start = static_cast<std::size_t>(p->next_random() % n);
    for (std::size_t i = 0; i < n; ++i) {
      Processor* v = allp_[(start + i) % n].load(std::memory_order_acquire);  // pairs with new_processor_locked
      if (v == p) continue;
      std::uint32_t k = v->runq.grab(batch);
      if (k != 0) {
        prefetch_frames(batch, k);
        if (k > 1) p->runq.push_batch(batch, k - 1);
        return batch[k - 1];
      }
    }
    if (void* g = global_get(p, false)) return g;
  }
  return nullptr;
}

// Park step 3: after our seq_cst writes, look at every queue once more.
bool Runtime::work_anywhere() const {
  if (global_size_.load(std::memory_order_seq_cst) != 0) return true;  // pairs with wake step 1
  std::size_t n = nallp_.load(std::memory_order_acquire);
  for (std::size_t i = 0; i < n; ++i) {
    if (!allp_[i].load(std::memory_order_acquire)->runq.empty()) return true;  // seq_cst inside, pairs with wake step 1
  }
  return false;
}

// ---- Ps and Ms ---------------------------------------------------------------

Processor* Runtime::pidleget_locked(Held held) {
  KATA_SCHED_CHECK(held.of(mu_), "pidleget_locked without mu_");
  if (pidle_.empty()) return nullptr;
  if (busy() >= nprocs_ + novertime_) return nullptr;  // invariant: busy Ps <= nprocs + novertime
  Processor* p = pidle_.back();
  pidle_.pop_back();
  npidle_.fetch_sub(1, std::memory_order_seq_cst);
  KATA_SCHED_CHECK(busy() <= nprocs_ + novertime_, "busy Ps <= processors + novertime");
  std::uint64_t s = p->status.load(std::memory_order_relaxed);
  p->status.store((s & ~std::uint64_t{3}) | kRunning, std::memory_order_release);  // release, pairs with the monitor's acquire load
  return p;
}

// Park step 1 when called from find_runnable. Invariant: an idle P has an empty local queue and runnext.
void Runtime::pidleput_locked(Held held, Processor* p) {
  KATA_SCHED_CHECK(held.of(mu_), "pidleput_locked without mu_");
  KATA_SCHED_CHECK(p->runq.empty() && p->runnext.load(std::memory_order_relaxed) == nullptr,
                   "an idle P has an empty ring and runnext");
  std::uint64_t s = p->status.load(std::memory_order_relaxed);
  p->status.store((s & ~std::uint64_t{3}) | kIdle, std::memory_order_release);  // release, pairs with the monitor's acquire load
  pidle_.push_back(p);
  int idle = npidle_.fetch_add(1, std::memory_order_seq_cst) + 1;  // seq_cst, pairs with wake step 2
  if (static_cast<std::size_t>(idle) == nallp_.load(std::memory_order_relaxed)) quiet_cv_.notify_all();
}

// Gives p (or an idle P when p is null) to an idle or new M. Unlocks lk.
void Runtime::startm_locked(std::unique_lock<std::mutex>& lk, Processor* p, bool spinning) {
  if (shutdown_) {  // quiescent: nothing left to run (late stale timers may still knock)
    if (p != nullptr) pidleput_locked(Held(lk), p);
    lk.unlock();
    if (spinning) nmspinning_.fetch_sub(1, std::memory_order_seq_cst);
    return;
  }
  if (p == nullptr) p = pidleget_locked(Held(lk));
  if (p == nullptr) {
    lk.unlock();
    if (spinning) nmspinning_.fetch_sub(1, std::memory_order_seq_cst);
    return;
  }
  if (!midle_.empty()) {
    Machine* m = midle_.back();
    midle_.pop_back();
    m->nextp = p;
    m->spinning = spinning;
    lk.unlock();
    m->cv.notify_one();
    return;
  }
  auto owned = std::make_unique<Machine>();
  Machine* m = owned.get();
  m->rt = this;
  m->p = p;
  m->spinning = spinning;
  allm_.push_back(std::move(owned));
  m->thread = std::thread([this, m] { m_main(m); });
  lk.unlock();
}

// Go's wakep: start one spinning M on an idle P, unless one is already spinning.
void Runtime::wakep() {
  int expected = 0;
  if (!nmspinning_.compare_exchange_strong(expected, 1, std::memory_order_seq_cst)) return;  // pairs with the spinners' decrements
  std::unique_lock lk(mu_);
  startm_locked(lk, nullptr, true);
}

// Parks m until it is handed a P. False at shutdown.
bool Runtime::stopm(Machine* m) {
  std::unique_lock lk(mu_);
  if (!shutdown_) {
    midle_.push_back(m);
    m->cv.wait(lk, [&] { return m->nextp != nullptr || shutdown_; });
  }
  if (m->nextp == nullptr) {
    std::erase(midle_, m);
    return false;
  }
  m->p = m->nextp;
  m->nextp = nullptr;
  t_p = m->p;
  return true;
}

// Go's resetspinning: the last spinner to find work wakes another, since there may be more.
void Runtime::reset_spinning(Machine* m) {
  m->spinning = false;
  if (nmspinning_.fetch_sub(1, std::memory_order_seq_cst) == 1) wake_if_idle();
}

void* Runtime::find_runnable(Machine* m) {
  for (;;) {
    if (m->p == nullptr && !stopm(m)) return nullptr;
    Processor* p = m->p;
    void* g = nullptr;
    if (p->schedtick.load(std::memory_order_relaxed) % kGlobalEvery == 0) g = global_get(p, true);
    if (g == nullptr) g = local_get(p);
    if (g == nullptr) g = global_get(p, false);
    // At most half of the busy Ps spin: Invariant 2 * nmspinning <= busy (give or take one).
    if (g == nullptr && (m->spinning || 2 * static_cast<std::size_t>(nmspinning_.load(std::memory_order_relaxed)) < busy())) {
      if (!m->spinning) {
        m->spinning = true;
        nmspinning_.fetch_add(1, std::memory_order_seq_cst);  // nmspinning <- nmspinning + 1
      }
      g = steal(p);
      // Parking and waking cost a futex call on each side; before that, keep
      // looking for a while (the wake protocol skips waking while we spin).
      for (auto until = steady_clock::now() + kSpinFor; g == nullptr && steady_clock::now() < until;) {
        for (int i = 0; i < 64; ++i) cpu_relax();
        g = local_get(p);  // the monitor may have handed us work
        if (g == nullptr) g = steal(p);
      }
    }
    if (g != nullptr) {
      if (m->spinning) reset_spinning(m);
      return g;
    }
    // Park protocol. Step 1: give up the P.
    {
      std::unique_lock lk(mu_);
      pidleput_locked(Held(lk), p);  // npidle <- npidle + 1 (seq_cst)
      m->p = nullptr;
      t_p = nullptr;
    }
    // Step 2: stop spinning.
    bool was_spinning = m->spinning;
    if (was_spinning) {
      m->spinning = false;
      nmspinning_.fetch_sub(1, std::memory_order_seq_cst);  // nmspinning <- nmspinning - 1, pairs with wake step 2
    }
    // Step 3: re-check every queue; work published before our steps 1-2 is seen here,
    // work published after them sees npidle > 0 and nmspinning == 0 and wakes a P.
    if (work_anywhere()) {
      std::unique_lock lk(mu_);
      if (Processor* q = pidleget_locked(Held(lk))) {
        m->p = q;
        t_p = q;
        if (was_spinning) {
          m->spinning = true;
          nmspinning_.fetch_add(1, std::memory_order_seq_cst);
        }
      }
    }
  }
}

// A P flagged stuck by the monitor got its M back: if more Ps run than are
// allowed, this one steps down, moving its queue to the global one.
void Runtime::retire_if_overtime(Machine* m) {
  Processor* p = m->p;
  std::unique_lock lk(mu_);
  if (!p->overtime.load(std::memory_order_relaxed)) return;
  clear_overtime_locked(Held(lk), p);
  if (busy() <= nprocs_ + novertime_) return;
  bool moved = false;
  void* n = p->runnext.exchange(nullptr, std::memory_order_acq_rel);  // pairs with the monitor's exchange
  gq_lock_.lock();
  if (n != nullptr) {
    global_.push_back(n);
    moved = true;
  }
  while (void* g = p->runq.pop()) {
    global_.push_back(g);
    moved = true;
  }
  global_size_.store(global_.size(), std::memory_order_seq_cst);  // wake protocol step 1
  gq_lock_.unlock();
  pidleput_locked(Held(lk), p);
  m->p = nullptr;
  t_p = nullptr;
  lk.unlock();
  if (moved) wake_if_idle();
}

void Runtime::clear_overtime_locked(Held held, Processor* p) {
  KATA_SCHED_CHECK(held.of(mu_), "clear_overtime_locked without mu_");
  if (p->overtime.exchange(false, std::memory_order_relaxed)) --novertime_;
}

void Runtime::m_main(Machine* m) {
  t_rt = this;
  t_m = m;
  t_p = m->p;
  for (;;) {
    void* g = find_runnable(m);
    if (g == nullptr) break;
    Processor* p = m->p;
    bump(p->schedtick);
    bump(p->progress);
    p->preempt.store(false, std::memory_order_relaxed);
    // The next task's frame was most likely written on another core (spawned
    // there, or stolen from there): start fetching it while this one runs.
    if (void* next = p->runq.peek()) __builtin_prefetch(next, 1, 3);
    std::coroutine_handle<>::from_address(g).resume();
    if (t_abandoned) return;  // blocking_for gave this thread up: touch nothing of the runtime
    if (m->p != nullptr && m->p->overtime.load(std::memory_order_relaxed)) retire_if_overtime(m);
  }
  t_p = nullptr;
  t_m = nullptr;
  t_rt = nullptr;
}

// ---- blocking ----------------------------------------------------------------

Runtime::BlockingTicket Runtime::enter_blocking() {
  Machine* m = t_m;
  Processor* p = t_p;
  if (p->overtime.load(std::memory_order_relaxed)) {
    std::unique_lock lk(mu_);
    clear_overtime_locked(Held(lk), p);
  }
  std::uint64_t s = p->status.load(std::memory_order_relaxed);
  std::uint64_t w = (((s >> 2) + 1) << 2) | kBlocking;
  p->status.store(w, std::memory_order_release);  // store-release, pairs with the monitor's CAS: p's queues go to whoever retakes it
  m->p = nullptr;
  t_p = nullptr;
  // Wake a monitor that sleeps long, so the P is retaken in time, unless the grace
  // outlasts the monitor's longest sleep: then it sees the call soon enough, and
  // a kick per call (kata run: one per case) would only keep it polling a core
  // the workers need.
  if (opt_.blocking_grace < kMonitorMax && mon_sleeping_long_.load(std::memory_order_relaxed))
    kick_monitor();
  return {p, w};
}

std::coroutine_handle<> Runtime::exit_blocking(BlockingTicket t, std::coroutine_handle<> h) {
  Machine* m = t_m;
  std::uint64_t s = t.word;
  if (t.p->status.compare_exchange_strong(s, (s & ~std::uint64_t{3}) | kRunning,
                                          std::memory_order_acq_rel)) {  // pairs with the monitor's CAS: the winner owns p
    m->p = t.p;
    t_p = t.p;
    bump(t.p->progress);
    return h;
  }
  {
    std::unique_lock lk(mu_);
    if (Processor* q = pidleget_locked(Held(lk))) {
      m->p = q;
      t_p = q;
      return h;
    }
  }
  ready_global(h.address());  // no P free: the task waits its turn; this M parks
  return std::noop_coroutine();
}

void Runtime::abandon(Machine* m, BlockingTicket t, std::coroutine_handle<> h) noexcept {
  {
    std::unique_lock lk(mu_);
    m->abandoned = true;
    if (m->thread.joinable()) m->thread.detach();
  }
  std::uint64_t s = t.word;
  if (t.p->status.compare_exchange_strong(s, (s & ~std::uint64_t{3}) | kIdle,
                                          std::memory_order_acq_rel)) {  // pairs with exit_blocking's CAS
    handoff(t.p);
  }
  ready_global(h.address());
}

// p was just retaken from a blocking M (status kIdle, not on the idle list).
void Runtime::handoff(Processor* p) {
  std::unique_lock lk(mu_);
  clear_overtime_locked(Held(lk), p);
  bool work = !p->runq.empty() || p->runnext.load(std::memory_order_relaxed) != nullptr ||
              global_size_.load(std::memory_order_relaxed) != 0;
  if (work) {
    std::uint64_t s = p->status.load(std::memory_order_relaxed);
    p->status.store((s & ~std::uint64_t{3}) | kRunning, std::memory_order_release);  // release, pairs with the monitor's acquire load
    startm_locked(lk, p, false);
    return;
  }
  pidleput_locked(Held(lk), p);
  lk.unlock();
  if (work_anywhere()) wake_if_idle();
}

// The task on p made no progress for stuck_after: let one more P run so the
// rest of the work keeps going; p steps down when its task returns (retire_if_overtime).
void Runtime::hand_off_stuck(Processor* p) {
  std::unique_lock lk(mu_);
  if (p->overtime.exchange(true, std::memory_order_relaxed)) return;
  ++novertime_;  // novertime <- novertime + 1: allows one more busy P
  if (pidle_.empty()) {
    if (Processor* q = new_processor_locked(Held(lk))) pidleput_locked(Held(lk), q);
  }
  startm_locked(lk, nullptr, false);
}

// ---- timers and the monitor ----------------------------------------------------

void Runtime::add_timer(steady_clock::time_point when, void* g, std::shared_ptr<TimeoutBase> timeout) {
  std::lock_guard lk(mon_mu_);
  bool earliest = timers_.empty() || when < timers_.top().when;
  timers_.push(TimerEntry{when, timer_seq_++, g, std::move(timeout)});
  if (earliest) mon_cv_.notify_one();
}

void Runtime::kick_monitor() {
  std::lock_guard lk(mon_mu_);
  mon_kick_ = true;
  mon_cv_.notify_one();
}

std::uint64_t Runtime::random() noexcept {
  if (Processor* p = t_p; p != nullptr) return p->next_random();
  thread_local std::uint64_t x = 0x2545F4914F6CDD1DULL ^ reinterpret_cast<std::uintptr_t>(&x);
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return x;
}

void Runtime::monitor_main() {
  std::vector<MonitorRecord> recs;
  steady_clock::duration delay = kMonitorMin;
  int idle_rounds = 0;
  std::vector<TimerEntry> due;
  std::unique_lock lk(mon_mu_);
  while (!mon_stop_) {
    auto wake_at = steady_clock::now() + delay;
    if (!timers_.empty() && timers_.top().when < wake_at) wake_at = timers_.top().when;
    mon_sleeping_long_.store(delay >= 1ms, std::memory_order_relaxed);
    mon_cv_.wait_until(lk, wake_at);
    if (mon_stop_) break;
    bool did = mon_kick_;
    mon_kick_ = false;
    auto now = steady_clock::now();
    while (!timers_.empty() && timers_.top().when <= now) {
      due.push_back(timers_.top());
      timers_.pop();
    }
    lk.unlock();
    did |= !due.empty();
    for (TimerEntry& t : due) {
      if (t.g != nullptr) {
        ready_global(t.g);
      } else {
        t.timeout->fire();
      }
    }
    due.clear();
    did |= retake(now, recs);
    lk.lock();
    // Go's sysmon: 20us while there is something to do, doubling after 50 quiet rounds, up to 10ms.
    if (did) {
      idle_rounds = 0;
      delay = kMonitorMin;
    } else if (++idle_rounds > 50) {
      delay = std::min<steady_clock::duration>(delay * 2, kMonitorMax);
    }
  }
}

bool Runtime::retake(steady_clock::time_point now, std::vector<MonitorRecord>& recs) {
  bool did = false;
  std::size_t n = nallp_.load(std::memory_order_acquire);  // pairs with new_processor_locked
  while (recs.size() < n) {
    recs.emplace_back();
    recs.back().status_at = recs.back().tick_at = recs.back().prog_at = now;
  }
  for (std::size_t i = 0; i < n; ++i) {
    Processor* p = allp_[i].load(std::memory_order_acquire);
    MonitorRecord& r = recs[i];
    std::uint64_t s = p->status.load(std::memory_order_acquire);  // pairs with the owners' status stores
    if (s != r.status) {  // a new state: start watching afresh
      r.status = s;
      r.status_at = r.tick_at = r.prog_at = now;
      r.tick = p->schedtick.load(std::memory_order_relaxed);
      r.prog = p->progress.load(std::memory_order_relaxed);
      continue;
    }
    if (pstate(s) == kRunning) {
      std::uint32_t tick = p->schedtick.load(std::memory_order_relaxed);
      if (tick != r.tick) {
        r.tick = tick;
        r.tick_at = now;
      } else if (now - r.tick_at >= opt_.preempt_after) {
        p->preempt.store(true, std::memory_order_relaxed);  // the task yields at its next checkpoint()
      }
      std::uint32_t prog = p->progress.load(std::memory_order_relaxed);
      if (prog != r.prog) {
        r.prog = prog;
        r.prog_at = now;
        continue;
      }
      // No progress since the last look: runnext may not wait for this task.
      if (p->runnext.load(std::memory_order_relaxed) != nullptr) {
        if (void* g = p->runnext.exchange(nullptr, std::memory_order_acq_rel)) {  // pairs with the owner's exchange/CAS
          ready_global(g);
          did = true;
        }
      }
      if (now - r.prog_at >= opt_.stuck_after && !p->overtime.load(std::memory_order_relaxed) &&
          (!p->runq.empty() || global_size_.load(std::memory_order_relaxed) != 0)) {
        hand_off_stuck(p);
        did = true;
      }
    } else if (pstate(s) == kBlocking) {
      if (now - r.status_at < opt_.blocking_grace) continue;  // a CPU-bound call keeps its P
      // Go's retake: leave a P in a blocking call alone only while it has no
      // queued work, others are idle or spinning, and the call is young.
      bool queued = !p->runq.empty() || p->runnext.load(std::memory_order_relaxed) != nullptr;
      bool helpers = npidle_.load(std::memory_order_relaxed) + nmspinning_.load(std::memory_order_relaxed) > 0;
      if (!queued && helpers && now - r.status_at < kBlockingRetakeAlways) continue;
      std::uint64_t expect = s;
      if (p->status.compare_exchange_strong(expect, (s & ~std::uint64_t{3}) | kIdle,
                                            std::memory_order_acq_rel)) {  // pairs with exit_blocking's CAS
        handoff(p);
        did = true;
      }
    }
  }
  return did;
}

}  // namespace kata::sched::detail
