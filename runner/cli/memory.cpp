// How kata's process uses memory (memory.hpp).
#include "memory.hpp"

#include <malloc.h>  // mallopt
#include <unistd.h>  // execv

#include <cstdlib>

namespace kata::cli {
namespace {

constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr const char* kHugeTlb = "glibc.malloc.hugetlb=1";
// Set across the restart: the caller's GLIBC_TUNABLES ("" when unset).
constexpr const char* kSaved = "KATA_CALLER_GLIBC_TUNABLES";

void set_or_unset(const char* name, const std::optional<std::string>& value) {
  if (value)
    setenv(name, value->c_str(), 1);
  else
    unsetenv(name);
}

}  // namespace

MemoryPlan plan_memory(std::string_view verb, const char* tunables, const char* saved) {
  MemoryPlan plan;
  if (saved) {
    plan.step = MemoryPlan::Step::restore;
    if (*saved) plan.tunables = saved;
    return plan;
  }
  // Transparent huge pages for malloc's heaps. `kata run` allocates and frees
  // hundreds of megabytes of JSON and vectors; in 4 KiB pages that is tens of
  // thousands of page faults, and with two workers each growing its own arena they
  // cost more than the extra core gains (bench/run_speedup.sh: -j 1 1.00 s -> 0.86 s,
  // -j 2 0.62 s -> 0.47 s, page faults 11,000 -> 400). The restart costs about 4 ms.
  // A caller who set glibc.malloc.hugetlb already is left alone.
  if (verb != "run") return plan;
  std::string_view caller = tunables ? tunables : "";
  if (caller.find("glibc.malloc.hugetlb") != std::string_view::npos) return plan;
  plan.step = MemoryPlan::Step::restart;
  plan.tunables = caller.empty() ? std::string(kHugeTlb) : std::string(caller) + ":" + kHugeTlb;
  plan.saved = caller;
  return plan;
}

void tune_memory(std::string_view verb, char** argv) {
  const char* caller = std::getenv(kTunables);
  MemoryPlan plan = plan_memory(verb, caller, std::getenv(kSaved));
  if (plan.step == MemoryPlan::Step::restore) {
    set_or_unset(kTunables, plan.tunables);
    unsetenv(kSaved);
  } else if (plan.step == MemoryPlan::Step::restart) {
    std::optional<std::string> before;
    if (caller) before = caller;
    setenv(kSaved, plan.saved.c_str(), 1);
    setenv(kTunables, plan.tunables->c_str(), 1);
    execv("/proc/self/exe", argv);
    // Could not start again (no /proc?): go on with 4 KiB pages and the caller's environment.
    set_or_unset(kTunables, before);
    unsetenv(kSaved);
  }
  // Keep freed memory for reuse: a maximum-size case allocates megabytes of JSON
  // and vectors, and glibc would otherwise map each large block afresh and hand it
  // back on free, so every case paid again in page faults (5x more faults, and on
  // two threads they serialise in the kernel). kata is a short-lived process.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  // And grow a heap in large steps: each worker thread's arena otherwise grows 128
  // KiB at a time, a system call each, and two of them growing at once doubled the
  // system time of `kata run -j 2` (bench/run_speedup.sh: 0.78 s -> 0.66 s).
  mallopt(M_TOP_PAD, 64 << 20);
  // No fastbins: small blocks still come from the per-thread cache, but freeing
  // a case's JSON tree no longer leaves fastbin chunks that every large request
  // must first consolidate (malloc_consolidate was 5 % of a run's CPU;
  // bench/run_speedup.sh: -j 1 0.85 s -> 0.81 s, -j 2 0.46 s -> 0.43 s).
  mallopt(M_MXFAST, 0);
}

}  // namespace kata::cli
