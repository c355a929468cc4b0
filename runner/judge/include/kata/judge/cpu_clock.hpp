// The one clock a case is timed by, for references in kata and attempts in their runner.
//
// A case's time is the CPU time of the solution's calls on the thread that makes
// them: CLOCK_THREAD_CPUTIME_ID, read around each call by a CallTimer. It is exact
// to about a microsecond whatever limits or timers the process has (the process
// clock is not: sandbox.hpp tells why), it does not count time the thread spent
// waiting for a core on a busy machine, and it never counts another case running
// on another worker of `kata run`. An attempt's runner adds the CPU time of the
// threads the attempt itself started during the case (attempt_child.cpp).
//
// Reading this clock is a system call (about a microsecond here), and about one
// read's worth of it lands between the two readings of a timer. CallTimer takes
// off that cost, measured once per process as the least of many back-to-back
// readings, so a 10 µs call reads 10 µs and not 11 (bench/case_time_bench).
// Whatever else the kernel does in the system calls' own span (an interrupt taken
// on the way out of the first read, say: tens of µs on this VM, a case in fifty)
// is charged to the thread too, but it is not the call's. So CallTimer also reads
// the monotonic clock just inside the CPU reads, and a case's time is the lesser
// of the two spans: one thread cannot use more CPU than the time that passed.
//
// A design case makes up to 10^5 calls, and two system calls around each cost more
// than the calls (kata run over the catalog took 2.0 s instead of 0.8). Its calls
// are timed by the monotonic clock (SpanTimer: read in user space, about 20 ns),
// and the case's total is capped by the thread's CPU time over the whole case
// (invoke.cpp): time spent waiting for a core is still never charged.
#pragma once

#include <chrono>

namespace kata::judge {

// CPU time used by the calling thread, in seconds.
double thread_cpu_seconds();

// CPU time used by the whole process (every thread), in seconds.
double process_cpu_seconds();

// What one reading of thread_cpu_seconds() adds to a timed span, in seconds.
double thread_cpu_read_cost();

// Times a span of the calling thread: started when made, read by seconds().
class CallTimer {
 public:
  CallTimer()
      : cost_(thread_cpu_read_cost()),
        start_(thread_cpu_seconds()),
        wall_start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    const auto wall_end = std::chrono::steady_clock::now();
    double spent = thread_cpu_seconds() - start_ - cost_;
    double wall = std::chrono::duration<double>(wall_end - wall_start_).count();
    spent = spent < wall ? spent : wall;
    return spent > 0 ? spent : 0.0;
  }

 private:
  double cost_;
  double start_;
  std::chrono::steady_clock::time_point wall_start_;
};

// Times a short span by the monotonic clock (see above: for a design case's calls).
class SpanTimer {
 public:
  SpanTimer() : start_(std::chrono::steady_clock::now()) {}
  double seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  std::chrono::steady_clock::time_point start_;
};

}  // namespace kata::judge
