// The child-process sandbox: fork/exec under limits, watchdog, and reaping every descendant.
#include "kata/attempt/sandbox.hpp"

#include "cgroup.hpp"
#include "namespaces.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>  // memfd_create
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>  // SYS_pidfd_open
#include <sys/wait.h>
#include <time.h>  // clock_getcpuclockid
#include <unistd.h>

#include <algorithm>  // std::min
#include <cerrno>
#include <cstdlib>  // getenv
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <system_error>

extern char** environ;

namespace kata::attempt::sandbox {
namespace {

[[noreturn]] void fail(const char* what) {
  throw std::system_error(errno, std::generic_category(), what);
}

// An fd that closes itself.
struct Fd {
  int fd = -1;
  Fd() = default;
  explicit Fd(int f) : fd(f) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { reset(); }
  void reset(int f = -1) {
    if (fd >= 0) ::close(fd);
    fd = f;
  }
};

// Moves fd to a number >= 10 so the child's dup2() onto 0..3 never clobbers a source.
int high(int fd) {
  if (fd < 0) fail("open");
  int h = ::fcntl(fd, F_DUPFD_CLOEXEC, 10);
  ::close(fd);
  if (h < 0) fail("fcntl");
  return h;
}

void become_subreaper() {
  static std::once_flag once;
  std::call_once(once, [] { ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0); });
}

// The fields of /proc/PID/stat that matter here.
struct Stat {
  char state = '?';              // field 3
  int ppid = 0;                  // 4
  int pgid = 0;                  // 5
  unsigned long long cpu = 0;    // 14 + 15: user + system time, clock ticks
  unsigned long long waited = 0;  // 16 + 17: the same, of its children it has waited for
  unsigned long long start = 0;  // 22: clock ticks since boot
};

bool read_stat(int pid, Stat& s) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text;
  if (!std::getline(in, text)) return false;
  auto close_paren = text.rfind(')');  // the command name may hold spaces and parens
  if (close_paren == std::string::npos || close_paren + 2 > text.size()) return false;
  std::istringstream rest(text.substr(close_paren + 2));
  std::vector<std::string> f{"", "", ""};  // fields 1 and 2 are before; f[3] is the state
  for (std::string field; f.size() < 23 && rest >> field;) f.push_back(field);
  if (f.size() < 23) return false;
  s.state = f[3][0];
  s.ppid = std::atoi(f[4].c_str());
  s.pgid = std::atoi(f[5].c_str());
  s.cpu = std::strtoull(f[14].c_str(), nullptr, 10) + std::strtoull(f[15].c_str(), nullptr, 10);
  s.waited = std::strtoull(f[16].c_str(), nullptr, 10) + std::strtoull(f[17].c_str(), nullptr, 10);
  s.start = std::strtoull(f[22].c_str(), nullptr, 10);
  return true;
}

template <class F>
void for_each_process(F&& f) {
  DIR* d = ::opendir("/proc");
  if (!d) return;
  while (dirent* e = ::readdir(d)) {
    char* end = nullptr;
    long pid = std::strtol(e->d_name, &end, 10);
    if (*end || pid <= 0) continue;
    Stat s;
    if (read_stat(static_cast<int>(pid), s)) f(static_cast<int>(pid), s);
  }
  ::closedir(d);
}

// What an isolated program is told of the environment: the sanitizers' options,
// the seed a concurrency kata replays (kata test --seed) and the base its seeds
// start from (bench/concurrency_bench.sh), the locale and the time zone; a home and a PATH inside its own view. Nothing else of kata's (KATA_LOG,
// the user's home, the build's paths).
std::vector<std::string> inside_environment(const std::vector<std::string>& given) {
  std::vector<std::string> env{"PATH=/usr/bin:/bin", "HOME=/tmp", "TMPDIR=/tmp"};
  for (const auto& e : given) {
    std::string name = e.substr(0, e.find('='));
    if (name == "ASAN_OPTIONS" || name == "UBSAN_OPTIONS" || name == "TSAN_OPTIONS" ||
        name == "KATA_INTERLEAVE_SEED" || name == "KATA_INTERLEAVE_BASE" || name == "LANG" ||
        name == "TZ" ||
        name.rfind("LC_", 0) == 0)
      env.push_back(e);
  }
  return env;
}

// The sum of two "Name: N kB" fields of a /proc file, 0 if it is gone.
long proc_kb(const std::string& path, const char* a, const char* b) {
  std::ifstream in(path);
  long total = 0;
  for (std::string line; std::getline(in, line);)
    if (line.rfind(a, 0) == 0 || line.rfind(b, 0) == 0)
      total += std::atol(line.c_str() + line.find(':') + 1);
  return total;
}

// The children of pid, from /proc/PID/task/PID/children (pids as we see them;
// children forked by its other threads are not listed).
std::vector<pid_t> children_of(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/task/" + std::to_string(pid) + "/children");
  std::vector<pid_t> out;
  for (long child; in >> child;) out.push_back(static_cast<pid_t>(child));
  return out;
}

// Anonymous + shared resident memory, in KiB, of the program and every process
// under `root` (the program, or its namespace's init, whose own is kata's). The
// program alone: RssAnon + RssShmem (cheap to read). With workers beside it, the
// pages they share after a fork would be counted in each: then the proportional
// set sizes (Pss_Anon + Pss_Shmem of smaps_rollup), which add up to the real total.
long resident_kb(pid_t root, pid_t program) {
  std::vector<pid_t> tree;
  std::vector<pid_t> todo{root};
  for (std::size_t visited = 0; !todo.empty() && visited < 4096; ++visited) {
    pid_t p = todo.back();
    todo.pop_back();
    if (p != root || p == program) tree.push_back(p);
    for (pid_t c : children_of(p)) todo.push_back(c);
  }
  const std::string proc = "/proc/";
  if (tree.size() <= 1)
    return proc_kb(proc + std::to_string(program) + "/status", "RssAnon:", "RssShmem:");
  long total = 0;
  for (pid_t p : tree)
    total += proc_kb(proc + std::to_string(p) + "/smaps_rollup", "Pss_Anon:", "Pss_Shmem:");
  return total;
}

pid_t first_child(pid_t pid) {
  auto c = children_of(pid);
  return c.empty() ? 0 : c.front();
}

// The CPU time, in clock ticks, of the processes under `root` other than the
// program itself: those alive now (its workers; the orphans an isolated
// namespace's init adopted; the compiler proper the clang driver starts) and those
// already reaped, by whoever reaped them. `root` is the program, or the init of its
// namespace. What a program forks is charged to it.
unsigned long long others_cpu_ticks(pid_t root, pid_t program) {
  unsigned long long ticks = 0;
  std::vector<pid_t> todo{root};
  for (std::size_t visited = 0; !todo.empty() && visited < 4096; ++visited) {
    pid_t p = todo.back();
    todo.pop_back();
    Stat s;
    if (!read_stat(p, s)) continue;
    ticks += s.waited;  // its children it reaped
    if (p != root && p != program) ticks += s.cpu;  // init's own is kata's; the program's is its clock
    for (pid_t c : children_of(p)) todo.push_back(c);
  }
  return ticks;
}

// The children that run() started and has not reaped yet, across threads: never
// strays, whoever looks. Forks happen under the lock, so a new child is in the set
// before any other thread can take it for a stray.
std::mutex g_children_mutex;
std::set<int> g_children;

// Kills and reaps every child of ours born at or after `born` that no run() is
// waiting for: the sandboxed child's orphans, reparented to us because we are a
// subreaper (and, harmlessly, orphans of a run on another thread).
int reap_strays(unsigned long long born) {
  int killed = 0;
  if (born == 0) return 0;  // unknown birth: never guess at other children
  for (int round = 0; round < 64; ++round) {
    std::vector<int> strays;
    int self = static_cast<int>(::getpid());
    std::lock_guard lock(g_children_mutex);
    for_each_process([&](int pid, const Stat& s) {
      if (s.ppid == self && s.start >= born && !g_children.count(pid)) strays.push_back(pid);
    });
    if (strays.empty()) break;
    for (int pid : strays) {
      ::kill(pid, SIGKILL);
      int status = 0;
      while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
      ++killed;
    }
  }
  return killed;
}

void set_limit(int resource, std::size_t value, std::size_t hard_extra = 0) {
  rlimit rl{static_cast<rlim_t>(value), static_cast<rlim_t>(value + hard_extra)};
  ::setrlimit(resource, &rl);
}

// Only async-signal-safe calls between fork and exec: the parent may have threads.
// The fds, from the channel (3) on, are already >= 10 (high()): dup2 never clobbers
// a source.
// How much more than the program's limit its group may hold: the guard and the
// namespace's init (pages they write after the fork), the kernel's own structures
// for the namespaces, and the page cache of what the runner reads first.
constexpr std::size_t kGroupSlack = 32u << 20;
// The guard and init count against the group's task cap, not the runner's.
constexpr int kGroupHelpers = 2;

// The child joins its group first thing, before it can fork anything, and lets
// go of the group's files (an attempt never holds them).
void join_group(const std::optional<cgroup::Group>& group) {
  if (!group) return;
  cgroup::join(*group);
  for (int fd : group->join_fds) ::close(fd);
}

// The run's group, removed however run_child() ends.
struct GroupGuard {
  std::optional<cgroup::Group> group;
  GroupGuard() = default;
  GroupGuard(const GroupGuard&) = delete;
  GroupGuard& operator=(const GroupGuard&) = delete;
  ~GroupGuard() {
    if (group) cgroup::remove(*group);
  }
};

[[noreturn]] void exec_child(const Spec& spec, char* const* argv, char* const* envp, int null_fd,
                             int out_fd, int channel_fd, const std::vector<int>& input_fds) {
  ::setpgid(0, 0);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (::dup2(null_fd, 0) < 0 || ::dup2(out_fd, 1) < 0 || ::dup2(out_fd, 2) < 0) ::_exit(127);
  if (channel_fd >= 0 && ::dup2(channel_fd, 3) < 0) ::_exit(127);
  if (channel_fd < 0 && ::dup2(null_fd, 3) < 0) ::_exit(127);  // inputs start at 4
  for (std::size_t i = 0; i < input_fds.size(); ++i)
    if (::dup2(input_fds[i], static_cast<int>(4 + i)) < 0) ::_exit(127);
  ::close_range(static_cast<unsigned>(4 + input_fds.size()), ~0U, 0);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; ++sig)
    if (sig != SIGKILL && sig != SIGSTOP) ::sigaction(sig, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  const Limits& l = spec.limits;
  set_limit(RLIMIT_CORE, 0);
  if (l.stack_bytes) set_limit(RLIMIT_STACK, l.stack_bytes);
  if (l.data_bytes) set_limit(RLIMIT_DATA, l.data_bytes);
  if (l.output_bytes) set_limit(RLIMIT_FSIZE, l.output_bytes);
  ::execve(argv[0], argv, envp);
  ::_exit(127);
}

}  // namespace

Exit run_child(const Spec& spec, bool isolate, Clock::time_point deadline,
               const LineHandler& on_line) {
  if (spec.argv.empty()) throw std::invalid_argument("sandbox::run: empty argv");
  become_subreaper();

  // Everything the child needs is built before fork: no allocation after it.
  std::vector<std::string> env_strings = spec.env;
  if (env_strings.empty())
    for (char** e = environ; e && *e; ++e) env_strings.emplace_back(*e);
  if (isolate) env_strings = inside_environment(env_strings);
  std::vector<char*> argv, envp;
  for (const auto& a : spec.argv) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  for (const auto& e : env_strings) envp.push_back(const_cast<char*>(e.c_str()));
  envp.push_back(nullptr);

  Fd null_fd(high(::open("/dev/null", O_RDONLY | O_CLOEXEC)));
  Fd out_fd(high(::memfd_create("kata-output", MFD_CLOEXEC)));
  Fd read_end, write_end;
  if (spec.channel) {
    int p[2];
    if (::pipe2(p, O_CLOEXEC) < 0) fail("pipe2");
    read_end.reset(p[0]);
    write_end.reset(high(p[1]));
  }
  std::vector<std::unique_ptr<Fd>> inputs;
  std::vector<int> input_fds;
  for (const auto& path : spec.inputs) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(("open " + path).c_str());
    inputs.push_back(std::make_unique<Fd>(high(fd)));
    input_fds.push_back(inputs.back()->fd);
  }
  // Isolated: the namespaces' init reports on a pipe of its own (namespaces.hpp).
  Fd status_read, status_write;
  namespaces::Plan plan;
  std::vector<char*> inside_argv = argv;
  if (isolate) {
    int p[2];
    if (::pipe2(p, O_CLOEXEC) < 0) fail("pipe2");
    status_read.reset(p[0]);
    status_write.reset(high(p[1]));
    plan.program = spec.argv[0];
    plan.writable = spec.writable;
    plan.max_tasks = spec.max_tasks;
    namespaces::prepare(plan);
    inside_argv[0] = const_cast<char*>("/runner");
  }

  // A control group for the whole tree where the machine allows one (cgroup.hpp):
  // the kernel caps its memory, shared and cached pages included, and its tasks.
  GroupGuard guard;
  guard.group = isolate || spec.limits.resident_bytes
                       ? cgroup::make(spec.limits.resident_bytes
                                          ? spec.limits.resident_bytes + kGroupSlack
                                          : 0,
                                      isolate ? spec.max_tasks + kGroupHelpers : 0)
                       : std::nullopt;

  pid_t pid;
  {
    std::lock_guard lock(g_children_mutex);
    pid = ::fork();
    if (pid < 0) fail("fork");
    if (pid == 0) {
      join_group(guard.group);
      if (isolate) {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
        namespaces::enter(plan, status_write.fd);  // returns in the runner only
        exec_child(spec, inside_argv.data(), envp.data(), null_fd.fd, out_fd.fd, write_end.fd,
                   input_fds);
      }
      exec_child(spec, argv.data(), envp.data(), null_fd.fd, out_fd.fd, write_end.fd, input_fds);
    }
    g_children.insert(pid);
  }
  if (isolate) namespaces::write_maps(plan, pid);  // G reports a refusal itself
  namespaces::release(plan);

  ::setpgid(pid, pid);  // also done by the child: whichever runs first wins the race
  Exit result;
  result.pid = pid;
  Stat child_stat;
  unsigned long long born = read_stat(pid, child_stat) ? child_stat.start : 0;
  write_end.reset();
  status_write.reset();
  null_fd.reset();
  inputs.clear();
  Fd pidfd(static_cast<int>(::syscall(SYS_pidfd_open, pid, 0)));
  result.isolated = isolate;

  // The program's own pid: the child itself, or (isolated) the runner the
  // namespace's init started, found once init says it exists.
  pid_t program = isolate ? 0 : pid;
  pid_t init_pid = 0;  // isolated: the namespace's init
  Fd program_fd;
  clockid_t cpu_clock{};
  bool have_cpu_clock = false;
  auto found_program = [&](pid_t p) {
    program = p;
    program_fd.reset(static_cast<int>(::syscall(SYS_pidfd_open, p, 0)));
    have_cpu_clock = ::clock_getcpuclockid(p, &cpu_clock) == 0;
  };
  if (!isolate) found_program(pid);
  result.in_cgroup = guard.group.has_value();

  // Isolated, the runner is killed first (init then reports how it ended and ends
  // the namespace); the guard's group goes too, which ends the namespace at once.
  auto kill_group = [&] {
    if (isolate && program_fd.fd >= 0) {
      ::syscall(SYS_pidfd_send_signal, program_fd.fd, SIGKILL, nullptr, 0);
      return;
    }
    ::kill(-pid, SIGKILL);  // the guard and init: the namespace ends with them
    ::kill(pid, SIGKILL);
  };

  // The CPU watchdogs read the program's process CPU clock (every thread, exact to
  // the nanosecond while no CPU timer is armed in the child; see sandbox.hpp).
  // What its other processes used is added (others_cpu_ticks).
  const long long tick_ns = 1'000'000'000LL / ::sysconf(_SC_CLK_TCK);
  auto ticks = [&](unsigned long long n) {
    return std::chrono::nanoseconds(tick_ns * static_cast<long long>(n));
  };
  auto child_cpu = [&]() -> std::chrono::nanoseconds {
    std::chrono::nanoseconds others{0};
    if (program > 0) others = ticks(others_cpu_ticks(isolate ? init_pid : program, program));
    timespec ts{};
    if (have_cpu_clock && ::clock_gettime(cpu_clock, &ts) == 0)
      return others + std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
    Stat st;  // the clock is gone only with the child; /proc is the fallback
    return others + (program > 0 && read_stat(program, st)
                         ? ticks(st.cpu)
                         : std::chrono::nanoseconds(0));
  };
  const bool cpu_watch = spec.cpu_per_line.count() > 0 || spec.cpu_total.count() > 0;
  std::chrono::nanoseconds cpu_at_line{0};
  // Once the child is to end (stopped, or a line too long), nothing it wrote after
  // that is passed on.
  auto stop_now = [&](bool& why) {
    why = true;
    kill_group();
  };
  auto handle = [&](std::string_view line) {
    if (result.stopped || result.line_too_long) return;
    LineInfo info;
    info.child_cpu = child_cpu();
    struct stat st {};
    if (::fstat(out_fd.fd, &st) == 0) info.output_bytes = static_cast<std::size_t>(st.st_size);
    const auto cpu = info.child_cpu;
    LineReply reply = on_line ? on_line(line, info) : LineReply{deadline};
    if (reply.stop) return stop_now(result.stopped);
    if (reply.progress) cpu_at_line = cpu;
    deadline = reply.deadline;
  };

  // Isolated: what init says (namespaces::Message), fixed-size records.
  std::string status_bytes;
  std::optional<namespaces::Message> ended_message, failed_message;
  auto on_message = [&](const namespaces::Message& m) {
    if (m.tag == 'S' && program == 0) {
      init_pid = first_child(pid);
      pid_t runner = init_pid > 0 ? first_child(init_pid) : 0;
      if (runner > 0) found_program(runner);
    } else if (m.tag == 'E') {
      ended_message = m;
    } else if (m.tag == 'F') {
      failed_message = m;
    }
  };
  auto read_status = [&](bool drain) {
    char bytes[256];
    for (;;) {
      ssize_t k = ::read(status_read.fd, bytes, sizeof bytes);
      if (k < 0 && errno == EINTR) continue;
      if (k <= 0) {
        if (k == 0 || !drain) status_read.reset();
        return;
      }
      status_bytes.append(bytes, static_cast<std::size_t>(k));
      while (status_bytes.size() >= sizeof(namespaces::Message)) {
        namespaces::Message m;
        std::memcpy(&m, status_bytes.data(), sizeof m);
        status_bytes.erase(0, sizeof m);
        on_message(m);
      }
      if (!drain) return;
    }
  };

  std::string pending;  // channel bytes after the last newline
  auto take = [&](const char* data, std::size_t n) {
    if (result.stopped || result.line_too_long) return;
    pending.append(data, n);
    std::size_t start = 0;
    for (std::size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1)
      handle(std::string_view(pending).substr(start, nl - start));
    pending.erase(0, start);
    if (pending.size() > spec.max_line_bytes) {
      pending.clear();
      stop_now(result.line_too_long);
    }
  };
  char buf[1 << 16];
  bool ended = false;
  while (!ended) {
    auto now = Clock::now();
    const bool ending = result.stopped || result.line_too_long || result.memory_exceeded;
    if (!result.timed_out && !ending && now >= deadline) {
      result.timed_out = true;
      kill_group();
    }
    if (!result.timed_out && !ending && spec.limits.resident_bytes && program > 0) {
      long kb = resident_kb(isolate ? init_pid : program, program);
      result.peak_resident_kb = std::max(result.peak_resident_kb, kb);
      // The kernel killed one of its processes at the group's cap (a worker, say,
      // while the program goes on): the case that runs now broke the limit.
      const bool group_oom = guard.group && cgroup::read(*guard.group).oom_killed;
      if (group_oom || static_cast<std::size_t>(kb) << 10 > spec.limits.resident_bytes) {
        result.memory_exceeded = true;
        stop_now(result.memory_exceeded);
      }
    }
    if (!result.timed_out && !ending && cpu_watch) {
      auto cpu = child_cpu();
      if ((spec.cpu_per_line.count() > 0 && cpu > cpu_at_line + spec.cpu_per_line) ||
          (spec.cpu_total.count() > 0 && cpu > spec.cpu_total)) {
        result.timed_out = result.cpu_exceeded = true;
        kill_group();
      }
    }
    int wait_ms =
        result.timed_out || ending
            ? 50
            : static_cast<int>(std::min<long long>(
                  std::chrono::ceil<std::chrono::milliseconds>(deadline - now).count(), 1000));
    pollfd fds[3];
    nfds_t n = 0;
    if (pidfd.fd >= 0) fds[n++] = {pidfd.fd, POLLIN, 0};
    if (read_end.fd >= 0) fds[n++] = {read_end.fd, POLLIN, 0};
    if (status_read.fd >= 0) fds[n++] = {status_read.fd, POLLIN, 0};
    if (pidfd.fd < 0) wait_ms = std::min(wait_ms, 5);  // no pidfd: poll with waitid
    if (cpu_watch || spec.limits.resident_bytes) wait_ms = std::min(wait_ms, 20);
    int ready = ::poll(fds, n, std::max(wait_ms, 0));
    if (ready < 0 && errno != EINTR) fail("poll");
    for (nfds_t i = 0; i < n && ready > 0; ++i) {
      if (!fds[i].revents) continue;
      if (fds[i].fd == read_end.fd) {
        ssize_t k = ::read(read_end.fd, buf, sizeof buf);
        if (k > 0)
          take(buf, static_cast<std::size_t>(k));
        else if (k == 0 || errno != EINTR)
          read_end.reset();  // EOF: every writer is gone
      } else if (fds[i].fd == status_read.fd) {
        read_status(false);
      } else {
        ended = true;
      }
    }
    if (pidfd.fd < 0 && !ended) {
      siginfo_t info{};
      ended = ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
              info.si_pid == pid;
    }
  }

  // The child is gone (a zombie until reaped): stop whatever it left in its group,
  // then take what is already in the pipe. A stray outside the group may still hold
  // the write end, so read without blocking.
  ::kill(-pid, SIGKILL);
  if (read_end.fd >= 0) {
    ::fcntl(read_end.fd, F_SETFL, O_NONBLOCK);
    for (ssize_t k; (k = ::read(read_end.fd, buf, sizeof buf)) > 0;)
      take(buf, static_cast<std::size_t>(k));
  }
  if (status_read.fd >= 0) {
    ::fcntl(status_read.fd, F_SETFL, O_NONBLOCK);
    read_status(true);
  }

  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  {
    std::lock_guard lock(g_children_mutex);
    g_children.erase(pid);
  }
  result.max_rss_kb = usage.ru_maxrss;
  if (isolate) {  // the runner's own end, as init saw it; else the guard's (killed)
    if (failed_message)
      result.setup_error = std::string(namespaces::step_name(failed_message->status)) + ": " +
                           std::strerror(failed_message->error);
    if (ended_message) {
      status = ended_message->status;
      result.max_rss_kb = ended_message->max_rss_kb;
      result.strays_killed = ended_message->strays;
    } else if (!failed_message && WIFEXITED(status)) {
      status = SIGKILL;  // ended before init could say how: killed with the namespace
    }
    result.pid = program > 0 ? program : pid;
  }
  if (WIFEXITED(status)) {
    result.exited = true;
    result.code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  result.strays_killed += reap_strays(born);
  if (guard.group) {
    cgroup::Usage used = cgroup::read(*guard.group);
    result.peak_resident_kb = std::max(result.peak_resident_kb, used.peak_kb);
    if (used.oom_killed && spec.limits.resident_bytes) result.memory_exceeded = true;
  }

  struct stat st {};
  if (::fstat(out_fd.fd, &st) == 0) result.output_size = static_cast<std::size_t>(st.st_size);
  result.output.resize(std::min(result.output_size, spec.keep_output));
  ssize_t got = ::pread(out_fd.fd, result.output.data(), result.output.size(), 0);
  result.output.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return result;
}

Exit run(const Spec& spec, Clock::time_point deadline, const LineHandler& on_line) {
  return run_child(spec, spec.isolate && isolation().available, deadline, on_line);
}

const Isolation& isolation() {
  static const Isolation probed = [] {
    Isolation i;
    if (const char* env = std::getenv("KATA_SANDBOX"); env && std::string(env) == "none") {
      i.why_not = "KATA_SANDBOX=none";
      return i;
    }
    Spec probe;
    probe.argv = {"/bin/true"};
    probe.keep_output = 4096;
    try {
      Exit e = run_child(probe, true, Clock::now() + std::chrono::seconds(10), {});
      if (!e.setup_error.empty())
        i.why_not = "the namespaces could not be made (" + e.setup_error + ")";
      else if (!e.exited || e.code != 0)
        i.why_not = "a program in the namespaces did not run (" +
                    (e.exited ? "exit " + std::to_string(e.code) : signal_name(e.signal)) + ")";
      else
        i.available = true;
    } catch (const std::exception& ex) {
      i.why_not = ex.what();
    }
    return i;
  }();
  return probed;
}

ControlGroups control_groups() {
  cgroup::Support s = cgroup::support();
  return {s.available, s.v2, s.parent, s.why_not};
}

std::string signal_name(int sig) {
  if (const char* abbrev = ::sigabbrev_np(sig)) return std::string("SIG") + abbrev;
  return "signal " + std::to_string(sig);
}

std::string signal_description(int sig) {
  if (const char* d = ::sigdescr_np(sig)) return d;
  return signal_name(sig);
}

std::vector<int> processes_in_group(int pgid) {
  std::vector<int> pids;
  for_each_process([&](int pid, const Stat& s) {
    if (s.pgid == pgid && s.state != 'Z') pids.push_back(pid);
  });
  return pids;
}

std::vector<int> children_of_self() {
  std::vector<int> pids;
  int self = static_cast<int>(::getpid());
  for_each_process([&](int pid, const Stat& s) {
    if (s.ppid == self) pids.push_back(pid);
  });
  return pids;
}

}  // namespace kata::attempt::sandbox
