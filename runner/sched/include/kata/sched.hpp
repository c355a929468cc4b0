// kata::sched - Go's G/M/P scheduler on C++20 coroutines: tasks, channels that close, select.
#pragma once

// Design
// ======
//
// Glossary (as in Go's src/runtime/proc.go)
//   G  a task: a Task<void> frame handed to spawn()/go(). Queues hold the
//      coroutine_handle of the innermost suspended frame of a G.
//   M  a worker thread. An M needs a P to run Gs.
//   P  a processor: the right to run Gs, with a local run queue of 256 and a
//      runnext slot. There are `processors` of them (plus a few temporary
//      ones while a G is stuck, see below).
//   global queue   Gs from threads without a P, overflow of full local queues,
//                  preempted Gs, expired timers.
//   spinning M     an M with a P and no work, looking for some to steal.
//   monitor        one thread (Go's sysmon): timers, preemption requests, hand-offs.
//
// Rejected approaches
//   - One thread per task: a kernel switch per wake-up and megabytes of stack.
//   - One locked global queue: every spawn and wake-up contends on one line.
//   - Chase-Lev deques (Lê et al., PPoPP 2013): LIFO for the owner, so a task
//     that keeps yielding starves the oldest; unbounded growth. See run_queue.hpp.
//   - Stackful contexts (ucontext, hand-written switches): not portable C++,
//     invisible to the sanitizers.
//   - Signals to preempt a task that never checks: C++ code cannot be stopped
//     safely at an arbitrary instruction. A stuck task keeps its thread; what
//     moves is the queue behind it (hand-off).
//   - std::mutex in channels: its unlock may touch the mutex after releasing
//     it, when the woken task may already have freed the channel; SpinLock's
//     unlock is one store.
//   - A lock-free ring for buffered channels (Vyukov's bounded queue): with
//     both cores sending and receiving it moves three lines (head, tail, the
//     slot) per operation; one lock and the channel's fields on one line was
//     faster in a two-core test (25 vs 180 ns per message) and keeps Go's
//     hand-off and close semantics simple.
//   - std::deque as the global queue: a block allocated on the pushing thread
//     and freed on the popping one every 64 tasks (see task_ring.hpp).
//
// Chosen approach
//   Go's design on stackless coroutines. Each P has a bounded FIFO ring
//   (owner pushes; owner and thieves pop with a CAS on head) and runnext. A
//   task readied by a running task (spawn, channel hand-off) goes to runnext
//   and runs when the current one suspends; the task it displaces goes to the
//   ring. A pair waking each other through runnext keeps it for at most 3
//   turns while others wait in the ring (Tokio's bound). Every 61st tick a P
//   looks at the global queue first. An M out of work spins (if fewer than
//   half of the busy Ps spin) stealing half of a random victim's ring, then
//   parks. Channels follow Go's chan.go: a lock per channel, FIFO lists of
//   waiting tasks, direct hand-off to a waiting receiver, close wakes all.
//
//   On two cores the costs are cache-line transfers between them (about
//   80-250 ns each on the test VM, depending on where the host places its
//   vCPUs), so the data layout is part of the design: a channel's lock and
//   fields share one line; a contended SpinLock backs off (128 pauses,
//   doubling) so the holder's core keeps the line for a burst; a WaitGroup's
//   counter has a line of its own; tasks taken in a batch (a steal, the
//   global queue) and the frames a spawner takes back from the frame pool
//   are prefetched together rather than missed one at a time.
//
// Protocols
//   Wake (whoever makes work available; Go's "submit, StoreLoad, check"):
//     1. Publish the work with a seq_cst store or RMW: the ring's tail
//        (RunQueue::push), global_size_ (ready_global), ...
//     2. Load npidle and nmspinning (seq_cst).
//     3. If npidle > 0 and nmspinning == 0: wakep() CASes nmspinning 0 -> 1
//        and hands an idle P to an idle (or new) M, which starts spinning.
//     Pushes that do not add parallelism skip steps 2-3: a yield, and the
//     runnext bound, re-queue on a P that is running anyway.
//   Park (an M whose P found nothing, find_runnable):
//     1. Under mu_, put the P on the idle list: npidle <- npidle + 1 (seq_cst RMW).
//     2. If spinning, nmspinning <- nmspinning - 1 (seq_cst RMW).
//     3. Load the global size and every ring (seq_cst). If any has work,
//        take an idle P back and look again.
//     4. Else wait on the M's condition variable until handed a P.
//     Seq_cst total order: either the waker's step 2 sees the parker's
//     step 1-2 (and wakes someone), or the parker's step 3 sees the work.
//   Spinning: the last spinner to find work wakes another (reset_spinning),
//     since where there was some, there may be more.
//   blocking(f) (Go's entersyscall/exitsyscall):
//     1. status <- (seq + 1, kBlocking) (store-release); t_p <- null. The M
//        no longer touches the P.
//     2. Run f.
//     3. CAS status (seq + 1, kBlocking) -> (seq + 1, kRunning). Won: go on
//        with the same P. Lost (the monitor retook it): take an idle P, or
//        queue the task globally and park the M.
//     Monitor, each tick, for a P in kBlocking seen on two ticks: unless the
//     P has nothing queued, other Ps idle or spin, and the call is younger
//     than 10ms, CAS (seq, kBlocking) -> (seq, kIdle) and hand the P to an
//     idle or new M (handoff). The seq makes a stale CAS fail.
//   Preemption: a P whose schedtick has not moved for preempt_after (10ms)
//     gets preempt = true; checkpoint() is one relaxed load of it and, when
//     set, puts the task on the global queue.
//   Stuck task: a P in kRunning whose progress (tasks run, tasks readied)
//     has not moved for stuck_after (20ms) while work waits: overtime <- true,
//     novertime <- novertime + 1, and one more P (an idle one, or a new one)
//     starts on another M and steals the stuck P's ring; the monitor also
//     moves a stale runnext to the global queue. When the stuck task returns
//     to its M, the P clears overtime and steps down if too many Ps run.
//   Timers: a heap under mon_mu_; the monitor sleeps until the earliest
//     deadline (or 20us doubling after 50 quiet rounds, up to 10ms) and
//     readies expired sleepers through the global queue.
//
// Abandoned threads (blocking_for(limit, f))
//   f runs on the current M as in blocking(). A timer fires at limit: if f
//   has not returned, the monitor wins the CAS on the shared state's phase,
//   detaches the M's std::thread, retakes its P for another M, and readies
//   the task with std::nullopt. The stuck thread is abandoned: never joined,
//   so neither ~Scheduler nor process exit waits for it. If f returns later,
//   the thread loses the CAS, drops its reference to the shared state (f and
//   its result live there, in a shared_ptr) and exits without touching the
//   runtime or the task. An exception from f reaches the task only if f
//   returned in time.
//
// Invariants (checked while running in the sanitizer builds: sched/check.hpp)
//   busy Ps = nallp - npidle <= processors + novertime    (pidleget_locked; checked)
//   P idle  => its ring and runnext are empty             (only the owner pushes; checked)
//   2 * nmspinning <= busy + 1                            (find_runnable)
//   0 <= tail - head <= 256 for every ring                (RunQueue; checked)
//   a `_locked` function runs under its lock              (Held proof / SpinLock; checked)
// The spinning bound is a heuristic kept with racy reads, as Go keeps it: two Ms
// may pass the gate at once, so it holds "give or take one" and is not checked.
//   sum over Ps (spawned - finished) + external spawned == live tasks;
//   ~Scheduler returns when all Ps are idle and that sum is 0.
//
// Lifetimes (the GCC 12 pitfalls)
//   - After a task publishes its handle (enqueues itself on a channel, a wait
//     group, a run queue) another M may resume and destroy its frame at once:
//     await_suspend touches nothing of the frame after publishing, and the
//     lock it releases last is a SpinLock (one store). A select parks only
//     after releasing all its channel locks (SelectState 0 -> 1).
//   - GCC 12 emits symmetric transfer as a tail call only when optimizing;
//     at -O0 a long loop of co_awaits on tasks that complete synchronously
//     grows the stack.
//   - Do not write a capturing lambda coroutine and co_await it in one
//     expression: the lambda dies at the end of the full expression, before
//     the coroutine does. Pass state as parameters (they are copied into the
//     frame).
//   - An exception escaping a spawned task calls std::terminate, as with std::thread.
//
// Headers: task.hpp, scheduler.hpp (Scheduler, go, yield, checkpoint),
// channel.hpp, select.hpp, wait_group.hpp, timer.hpp (sleep_for),
// blocking.hpp (blocking, blocking_for); internals in runtime.hpp, frame_pool.hpp,
// processor.hpp, run_queue.hpp, task_ring.hpp, spin_lock.hpp and src/runtime.cpp.

#include <kata/sched/blocking.hpp>
#include <kata/sched/channel.hpp>
#include <kata/sched/scheduler.hpp>
#include <kata/sched/select.hpp>
#include <kata/sched/task.hpp>
#include <kata/sched/timer.hpp>
#include <kata/sched/wait_group.hpp>
