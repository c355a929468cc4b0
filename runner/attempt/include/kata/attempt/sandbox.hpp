// Running an untrusted program in a child process under limits, and leaving nothing behind.
//
// Isolated (Spec::isolate, where isolation() says the machine allows it), the
// child is a guard that makes fresh user, pid, mount, network, IPC and UTS
// namespaces and runs the program there as an unprivileged user, in a read-only
// view of /usr with a private tmpfs, under a cap on its processes and threads: the
// design is at the top of src/namespaces.hpp. The parent then watches the program
// itself (its CPU clock, its pidfd) and learns how it ended from the namespace's
// init; the environment is cut to the sanitizers' options and the locale.
// Where the machine lets kata make control groups (src/cgroup.hpp; as root, or
// in a delegated cgroup v2), an isolated run, or one with a resident limit, gets
// one of its own: the kernel then caps the memory of the whole tree (shared
// pages, tmpfs and page cache included) and its tasks, and says when it killed
// one of them at the cap.
// Everything below holds in both modes.
//
// run() forks and execs one program:
//   - in a new process group (kill(-pgid) reaches everything it forked), with
//     PR_SET_PDEATHSIG so it dies with us;
//   - stdin from /dev/null; stdout and stderr into one memfd, capped by
//     RLIMIT_FSIZE (a flood ends in SIGXFSZ instead of filling a disk or a pipe);
//   - a result channel: a pipe whose write end is the child's fd 3, read line by
//     line while it runs;
//   - RLIMIT_STACK (the main thread's stack may grow that far: deep recursion as
//     on LeetCode), RLIMIT_DATA (heap and anonymous mappings, not the stack: an
//     allocation past it fails, which the program sees as std::bad_alloc),
//     RLIMIT_CORE = 0;
//   - watchdogs in the parent: CPU time since the last line that made progress
//     (a per-case clock) past Spec::cpu_per_line, CPU time in all past
//     Spec::cpu_total, or the wall-clock deadline on_line() returns for the next
//     line (so a sleeping program ends too); each kills the whole group, as does a
//     line the handler rejects (LineReply::stop) or one past max_line_bytes. The CPU
//     time is the child's process CPU clock (clock_getcpuclockid: every thread).
//
// No RLIMIT_CPU, on purpose: the parent enforces CPU time itself. An RLIMIT_CPU
// arms the process's CPU timer, and while a process CPU timer is armed Linux
// answers CLOCK_PROCESS_CPUTIME_ID (in the child, and for the parent through
// clock_getcpuclockid) from the timer's running total, which only advances at
// scheduler ticks (4 ms here): a 1 ms case read 0 or 4 ms. Measured on this
// machine with the runner started under `ulimit -t`: every case 0.0 but one at
// 3.9 ms; without the limit, 1.11-1.17 ms each. PR_SET_PDEATHSIG ends the child
// if the parent is gone, so nothing runs unwatched.
// When the child has ended, the parent kills its process group, drains the channel,
// reaps the child (wait4: status and peak RSS), then reaps strays: the calling
// process is made a child subreaper (PR_SET_CHILD_SUBREAPER) the first time, so
// orphans of the child, even those that left the group with setsid(), are
// reparented to us; every child of ours that started after the sandboxed child is
// killed and reaped until none is left. No zombie or stray outlives run().
//
// Thread-safety: run() may be called from several threads (kata compiles reference
// modules on every core). Strays are "our children born after this child that no
// run() is waiting for": the children of live runs are kept in a set, filled under
// the same lock as fork(), so one run never kills another's child; concurrent runs
// may reap each other's strays early (harmless).
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kata::attempt::sandbox {

using Clock = std::chrono::steady_clock;

// 0 leaves a limit as the parent has it.
struct Limits {
  std::size_t stack_bytes = 0;
  std::size_t data_bytes = 0;
  std::size_t output_bytes = 0;
  // Measured by the parent, not an rlimit: the anonymous and shared resident
  // memory of the program and of every process it started (RssAnon + RssShmem of
  // /proc/PID/status; the proportional shares, smaps_rollup, once there are
  // workers), read with the CPU clock. Past it the program is killed
  // (Exit::memory_exceeded). This is what RLIMIT_DATA misses: MAP_SHARED
  // mappings, memory its threads touch, its workers' memory. With a cgroup, the
  // kernel also caps the group a little above it (the 20 ms between readings).
  std::size_t resident_bytes = 0;
};

struct Spec {
  std::vector<std::string> argv;  // argv[0] is the program's path (no PATH search)
  std::vector<std::string> env;   // NAME=value; empty: the parent's environment
  Limits limits;
  bool channel = false;       // open the result channel as the child's fd 3
  // The CPU watchdog: killed (timed_out) once the child has used this much CPU
  // time since the last line (or its start); 0: wall clock only. A CPU-bound child
  // is stopped by its own consumption even when a busy machine slows its wall clock.
  std::chrono::milliseconds cpu_per_line{0};
  // Killed (timed_out, cpu_exceeded) once the child has used this much CPU time in
  // all; 0: no total budget.
  std::chrono::milliseconds cpu_total{0};
  std::size_t keep_output = 64 * 1024;  // how much of stdout+stderr to return
  std::size_t max_line_bytes = 256u << 20;  // a result line longer than this ends the child
  // Files opened read-only by the parent and given to the child as fds 4, 5, ...
  // (the child reads /proc/self/fd/4: no path it could look around from).
  std::vector<std::string> inputs;
  // Run in fresh namespaces (namespaces.hpp) when isolation() is available; else
  // as without it. Inside, argv[0] is the file seen as /runner, `writable` the
  // directory seen as /out, and at most max_tasks processes and threads run.
  bool isolate = false;
  std::string writable;
  int max_tasks = 64;
};

struct Exit {
  int pid = 0;
  bool exited = false;  // ended by exit(): see code
  int code = 0;
  int signal = 0;          // ended by this signal
  bool timed_out = false;  // a watchdog killed it
  bool cpu_exceeded = false;  // ... the CPU watchdog (cpu_per_line or cpu_total)
  long max_rss_kb = 0;
  std::string output;          // the first keep_output bytes of stdout+stderr
  std::size_t output_size = 0;  // how much it wrote in all
  int strays_killed = 0;       // descendants still alive when it ended
  bool stopped = false;        // the line handler asked to end it
  bool line_too_long = false;  // a result line passed Spec::max_line_bytes
  bool memory_exceeded = false;  // killed past Limits::resident_bytes (by us or the kernel)
  long peak_resident_kb = 0;      // the most memory the parent saw it (or its group) hold
  bool in_cgroup = false;         // it ran in a control group of its own (src/cgroup.hpp)
  bool isolated = false;       // it ran in its own namespaces
  std::string setup_error;     // the namespaces could not be made (it never ran)
};

// Whether this machine lets kata make the namespaces (probed once, by running
// /bin/true isolated), and if not, why. KATA_SANDBOX=none turns isolation off.
struct Isolation {
  bool available = false;
  std::string why_not;
};
const Isolation& isolation();

// Whether runs get a control group of their own (the kernel then caps and counts
// the memory and tasks of the whole tree: src/cgroup.hpp), where, or why not.
struct ControlGroups {
  bool available = false;
  bool v2 = false;      // cgroup v2; else v1's memory (and pids) hierarchies
  std::string parent;   // the directory kata makes its groups in (kata-PID-N)
  std::string why_not;
};
ControlGroups control_groups();

// What the parent makes of one line of the result channel.
struct LineReply {
  Clock::time_point deadline;  // the wall-clock deadline for the next line
  bool progress = true;        // a case ended: the per-line CPU watchdog starts over
  bool stop = false;           // end the child now (Exit::stopped): it broke the protocol
};

// What the parent saw when it read a line.
struct LineInfo {
  std::chrono::nanoseconds child_cpu{0};  // the child's CPU time
  std::size_t output_bytes = 0;           // how much it had written to stdout+stderr when
                                          // the line was read (at least as much as when
                                          // it was written: reading may lag)
};

// Called with each complete line from the channel (without the newline). A line
// longer than Spec::max_line_bytes is never passed on: the child is ended
// (Exit::line_too_long).
using LineHandler = std::function<LineReply(std::string_view line, const LineInfo& info)>;

// Runs spec and returns how it ended. Throws std::system_error when the process
// cannot be started at all (fork, pipe); a failed exec is exit code 127.
Exit run(const Spec& spec, Clock::time_point deadline, const LineHandler& on_line = {});

// "SIGSEGV", "SIGABRT", ... ("signal 42" for unnamed ones).
std::string signal_name(int sig);
// "Segmentation fault", "Aborted", ...
std::string signal_description(int sig);

// Pids of the live processes in process group `pgid` (for tests).
std::vector<int> processes_in_group(int pgid);
// Pids of the calling process's children, zombies included (for tests).
std::vector<int> children_of_self();

}  // namespace kata::attempt::sandbox
