// See kata/judge/cpu_clock.hpp.
#include "kata/judge/cpu_clock.hpp"

#include <time.h>

#include <algorithm>

namespace kata::judge {
namespace {

double read(clockid_t clock) {
  timespec ts{};
  ::clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

double thread_cpu_seconds() { return read(CLOCK_THREAD_CPUTIME_ID); }
double process_cpu_seconds() { return read(CLOCK_PROCESS_CPUTIME_ID); }

double thread_cpu_read_cost() {
  static const double cost = [] {
    double least = 1.0;
    for (int i = 0; i < 64; ++i) {
      double t0 = thread_cpu_seconds();
      least = std::min(least, thread_cpu_seconds() - t0);
    }
    return least;
  }();
  return cost;
}

}  // namespace kata::judge
