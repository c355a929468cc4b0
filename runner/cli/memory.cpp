// How kata's process uses memory: glibc malloc settings made before any verb runs.
#include "memory.hpp"

#include <cstdlib>
#include <cstring>
#include <string>

#include <malloc.h>  // mallopt
#include <unistd.h>  // execv

namespace kata::cli {
namespace {

constexpr const char* kTunables = "GLIBC_TUNABLES";
constexpr const char* kHugeTlb = "glibc.malloc.hugetlb=1";
// Set across the re-exec: the caller's GLIBC_TUNABLES ("" when unset), so
// that children (compilers, attempts) get the environment kata was given.
constexpr const char* kSaved = "KATA_CALLER_GLIBC_TUNABLES";

bool wants_huge_pages(int argc, char** argv) {
  // `kata run` judges whole patterns in one process, on every core; the other
  // verbs are short or spend their time in child processes.
  return argc > 1 && std::strcmp(argv[1], "run") == 0;
}

}  // namespace

void tune_memory(int argc, char** argv) {
  if (const char* saved = std::getenv(kSaved)) {
    // The second start: the tunable is in effect; give children the caller's environment back.
    if (*saved == '\0') {
      unsetenv(kTunables);
    } else {
      setenv(kTunables, saved, 1);
    }
    unsetenv(kSaved);
  } else if (wants_huge_pages(argc, argv)) {
    // Transparent huge pages for malloc's heaps. `kata run` allocates and frees
    // hundreds of megabytes of JSON and vectors; in 4 KiB pages that is tens of
    // thousands of page faults, and with two workers each growing its own arena
    // they cost more than the extra core gains (bench/run_speedup.sh: -j 1 1.00 s
    // -> 0.86 s, -j 2 0.62 s -> 0.47 s, page faults 11,000 -> 400). glibc reads the
    // setting only at start-up, so kata starts itself once more with it (about
    // 4 ms). A caller who set glibc.malloc.hugetlb already is left alone.
    const char* caller = std::getenv(kTunables);
    if (caller == nullptr || std::strstr(caller, "glibc.malloc.hugetlb") == nullptr) {
      std::string tunables =
          caller == nullptr || *caller == '\0' ? kHugeTlb : std::string(caller) + ":" + kHugeTlb;
      setenv(kSaved, caller == nullptr ? "" : caller, 1);
      setenv(kTunables, tunables.c_str(), 1);
      execv("/proc/self/exe", argv);
      // Could not start again (no /proc?): go on with 4 KiB pages and a clean environment.
      if (caller == nullptr) {
        unsetenv(kTunables);
      } else {
        setenv(kTunables, caller, 1);
      }
      unsetenv(kSaved);
    }
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
