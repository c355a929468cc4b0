// Inside an attempt's runner: the case loop around the one driver (invoke.hpp).
//
// Protocol (the parent's side is in attempt.cpp):
//   argv:   runner CASES_FILE RESULT_FD FROM [--sanitized]
//   CASES_FILE: line 1 {"report": [argument indices]}, then one case input a line
//   RESULT_FD:  one JSON object a line, for each case from index FROM on, in order:
//     {"case": i, "ok": true, "answer": ..., "after": [...], "seconds": s, "printed": n}
//     ("printed": the bytes written to stdout+stderr by then, which split the output by case)
//     {"case": i, "error": "input" | "output" | "memory" | "tasks" | "stuck" | "exception" |
//      "foreign", "message": m}   ("tasks": a std::system_error EAGAIN, from the cap on
//      threads; "stuck": a concurrency harness's run made no progress, interleave.hpp)
//   When the process is about to die, a note names why, if it
//   can tell: {"note": "stack_overflow"}, {"note": "null_pointer"}, {"note": "memory"},
//   {"note": "exception", "message": m}.
// A case's result is written only after its objects are freed, so a crash while
// freeing (the attempt deleted a node the judge owns) is blamed on that case.
#include <pthread.h>  // pthread_setattr_default_np
#include <signal.h>
#include <sys/mman.h>      // madvise
#include <sys/resource.h>  // getrlimit
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <new>  // std::bad_alloc
#include <string>
#include <system_error>

#include <kata/attempt/attempt_main.hpp>
#include <kata/judge/cpu_clock.hpp>
#include <kata/judge/interleave.hpp>
#include <kata/judge/invoke.hpp>

#include "write_all.hpp"

namespace kata::attempt {

using judge::Json;

namespace {

int g_result_fd = -1;
char* g_stack_near_top = nullptr;  // an address in main's frame
std::size_t g_stack_limit = 0;     // RLIMIT_STACK at start

void emit(const Json& j) {
  std::string line = judge::json_to_text(j);
  line += '\n';
  write_all(g_result_fd, line.data(), line.size());
}

// Async-signal-safe: a fault just below the lowest address the main stack may
// grow to is a stack overflow (the kernel's guard gap), not a stray pointer.
void on_fault(int sig, siginfo_t* info, void*) {
  auto addr = reinterpret_cast<std::uintptr_t>(info->si_addr);
  auto top = reinterpret_cast<std::uintptr_t>(g_stack_near_top);
  std::uintptr_t floor = top > g_stack_limit ? top - g_stack_limit : 0;
  constexpr std::uintptr_t below = 64u << 20, above = 1u << 20;
  if (g_stack_limit && addr < top && addr + below >= floor && addr <= floor + above) {
    static const char note[] = "{\"note\":\"stack_overflow\"}\n";
    write_all(g_result_fd, note, sizeof note - 1);
  } else if (sig == SIGSEGV && addr < 4096) {
    // The first page is never mapped: a null pointer (or a member reached through one).
    static const char note[] = "{\"note\":\"null_pointer\"}\n";
    write_all(g_result_fd, note, sizeof note - 1);
  }
  signal(sig, SIG_DFL);  // returning re-runs the faulting access: the default action ends us
}

// JSON-escapes into a fixed buffer: the terminate handler must not allocate
// (it may run because memory ran out).
std::size_t escape_into(char* dst, std::size_t cap, const char* s) {
  std::size_t n = 0;
  for (; *s && n + 8 < cap; ++s) {
    auto c = static_cast<unsigned char>(*s);
    if (c == '"' || c == '\\') {
      dst[n++] = '\\';
      dst[n++] = static_cast<char>(c);
    } else if (c < 0x20) {
      n += static_cast<std::size_t>(std::snprintf(dst + n, cap - n, "\\u%04x", c));
    } else {
      dst[n++] = static_cast<char>(c);
    }
  }
  return n;
}

[[noreturn]] void on_terminate() {
  // One note: when several threads die at once (two tasks of a scheduler throwing),
  // the first writes it and aborts the process; the others wait for that.
  static std::atomic_flag dying = ATOMIC_FLAG_INIT;
  if (dying.test_and_set())
    for (;;) ::pause();
  static char buf[4096];
  std::size_t n = 0;
  auto put = [&](const char* s) {
    std::size_t k = std::strlen(s);
    if (n + k < sizeof buf) {
      std::memcpy(buf + n, s, k);
      n += k;
    }
  };
  if (std::exception_ptr e = std::current_exception()) {
    try {
      std::rethrow_exception(e);
    } catch (const std::bad_alloc&) {
      put("{\"note\":\"memory\"}\n");
    } catch (const std::exception& ex) {
      put("{\"note\":\"exception\",\"message\":\"");
      n += escape_into(buf + n, sizeof buf - n - 4, ex.what());
      put("\"}\n");
    } catch (...) {
      put("{\"note\":\"exception\",\"message\":\"an exception of a non-standard type\"}\n");
    }
  }
  write_all(g_result_fd, buf, n);
  std::abort();
}

void install_handlers(bool sanitized) {
  std::set_terminate(on_terminate);
  if (sanitized) return;  // the sanitizers' own SEGV handler reports better than ours
  static char alt[1 << 16];
  stack_t ss{};
  ss.ss_sp = alt;
  ss.ss_size = sizeof alt;
  sigaltstack(&ss, nullptr);
  struct sigaction sa {};
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

// Runs one case; the returned JSON is written by the caller once everything the
// case allocated is gone.
Json run_case(const bind::Entry& entry, std::size_t index, const Json& input,
              const std::vector<int>& report) {
  Json result = {{"case", index}};
  auto fail = [&](const char* kind, const std::string& message) {
    result["error"] = kind;
    result["message"] = message;
  };
  // The calls are timed on this thread (cpu_clock.hpp); what other threads of the
  // attempt did meanwhile is the process clock's advance less this thread's. The
  // process clock is read inside the thread clock's span at both ends, so that a
  // slow read (the first of a kind pays for page faults: it once put 60-80 µs of
  // "other threads" on the second case) is never taken for another thread's work.
  // Less than 50 µs counts as none: a thread's work that small never decides a TLE.
  const double thread0 = judge::thread_cpu_seconds(), process0 = judge::process_cpu_seconds();
  auto other_threads = [&] {
    const double process1 = judge::process_cpu_seconds();
    double others = (process1 - process0) - (judge::thread_cpu_seconds() - thread0);
    return others > 50e-6 ? others : 0.0;
  };
  try {
    judge::CallOptions opts;
    opts.report_args = report;
    judge::Outcome o = judge::call(entry, input, opts);
    result["ok"] = true;
    result["answer"] = std::move(o.answer);
    result["after"] = std::move(o.args_after);
    result["seconds"] = o.seconds + other_threads();
  } catch (const judge::InputError& e) {
    fail("input", e.what());
  } catch (const judge::OutputError& e) {
    fail("output", e.what());
  } catch (const std::bad_alloc&) {
    fail("memory", "std::bad_alloc");
  } catch (const judge::interleave::Stuck& e) {
    fail("stuck", e.what());
  } catch (const std::system_error& e) {  // a thread or process the cap refused
    fail(e.code() == std::errc::resource_unavailable_try_again ? "tasks" : "exception", e.what());
  } catch (const std::exception& e) {
    fail("exception", e.what());
  } catch (...) {
    fail("foreign", "");
  }
  return result;
}

// The first case would otherwise pay for the runner's first touches of its code
// and data: page faults on the attempt's code, libstdc++'s, a static it writes
// after its own clock stopped, 20-60 µs in all and partly outside any span the
// attempt could time (bench/case_time_bench). They are taken here, before the
// first case: every page of the program's and its libraries' file mappings is
// mapped in (MADV_POPULATE_READ, or _WRITE for their private data: Linux 5.14),
// without running any of their code; then the next 64 KiB of stack, and the
// monotonic clock once (its vDSO data page). A kernel without the advice skips it.
void warm_up() {
#ifdef MADV_POPULATE_READ
  std::ifstream maps("/proc/self/maps");
  for (std::string line; std::getline(maps, line);) {
    // "START-END PERMS OFFSET DEV INODE PATH"
    unsigned long start = 0, end = 0;
    char perms[8] = {};
    int path_at = 0;
    if (std::sscanf(line.c_str(), "%lx-%lx %7s %*s %*s %*s %n", &start, &end, perms, &path_at) <
            3 ||
        path_at <= 0 || static_cast<std::size_t>(path_at) >= line.size() ||
        line[static_cast<std::size_t>(path_at)] != '/' || perms[0] != 'r' || perms[3] != 'p')
      continue;
    ::madvise(reinterpret_cast<void*>(start), end - start,
              perms[1] == 'w' ? MADV_POPULATE_WRITE : MADV_POPULATE_READ);
  }
#endif
  volatile char stack[64 << 10];
  for (std::size_t i = 0; i < sizeof stack; i += 4096) stack[i] = 0;
  (void)std::chrono::steady_clock::now();
}

}  // namespace

int child_main(int argc, char** argv, const bind::Entry& entry) {
  char here = 0;
  g_stack_near_top = &here;
  rlimit rl{};
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
    g_stack_limit = static_cast<std::size_t>(rl.rlim_cur);
  if (argc < 4 || (!entry.function && !entry.design)) {
    std::fprintf(stderr, "usage: %s CASES_FILE RESULT_FD FROM [--sanitized]\n", argv[0]);
    return 2;
  }
  // Threads the attempt starts get 8 MiB stacks: glibc's default is RLIMIT_STACK
  // (256 MiB here, for deep recursion on the main thread), and two of those would
  // exhaust the memory limit before the thread ran a line.
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) == 0) {
    pthread_attr_setstacksize(&attr, 8u << 20);
    pthread_setattr_default_np(&attr);
    pthread_attr_destroy(&attr);
  }
  g_result_fd = std::atoi(argv[2]);
  std::size_t from = std::strtoull(argv[3], nullptr, 10);
  install_handlers(argc > 4 && std::strcmp(argv[4], "--sanitized") == 0);
  warm_up();

  std::ifstream in(argv[1]);
  std::string line;
  if (!std::getline(in, line)) return 2;
  std::vector<int> report =
      judge::json_from_text_or_throw(line).at("report").get<std::vector<int>>();
  for (std::size_t index = 0; std::getline(in, line); ++index) {
    if (index < from) continue;
    Json result;
    {
      std::optional<Json> input = judge::json_from_text(line);
      if (!input)
        result = {{"case", index}, {"error", "input"}, {"message", "malformed input line"}};
      else
        result = run_case(entry, index, *input, report);
    }
    // Everything the case printed reaches the output before its answer does: the
    // parent splits the output into cases where the answers come (run_cases.cpp).
    std::cout.flush();
    std::clog.flush();
    std::fflush(stdout);
    // stdout and stderr share one file (the sandbox's): its offset is all they wrote.
    if (off_t at = ::lseek(1, 0, SEEK_CUR); at >= 0) result["printed"] = static_cast<long long>(at);
    bool out_of_memory = result.value("error", "") == "memory";
    emit(result);
    if (out_of_memory) break;  // a limit stops judging (attempt.hpp): no later case runs
  }
  std::fflush(nullptr);
  std::cout.flush();
  // The attempt's static objects are not destroyed: a crash there is no case's fault.
  std::_Exit(0);
}

}  // namespace kata::attempt
