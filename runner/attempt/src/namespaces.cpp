// The namespaces an attempt runs in: see namespaces.hpp.
#include "namespaces.hpp"

#include "write_all.hpp"

#include <fcntl.h>
#include <grp.h>    // setgroups
#include <sched.h>  // unshare, CLONE_*
#include <signal.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>  // SYS_pivot_root
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace kata::attempt::sandbox::namespaces {
namespace {

namespace fs = std::filesystem;

constexpr int kInsideId = 1000;
// The runner's uid outside when kata runs as root: nobody (the kernel's overflow
// id). Root is exempt from RLIMIT_NPROC and owns the files outside.
constexpr unsigned kNobody = 65534;

enum Step : int {
  kUnshare = 1,
  kSetgroups,
  kUidMap,
  kGidMap,
  kForkInit,
  kPrivate,
  kTmpfs,
  kPivot,
  kBindSystem,
  kBindProgram,
  kBindWritable,
  kProc,
  kDevices,
  kOldRoot,
  kForkRunner,
  kRunnerIds,
};

void send(int fd, const Message& m) {
  write_all(fd, reinterpret_cast<const char*>(&m), sizeof m);
}

[[noreturn]] void failed(int status_fd, int step) {
  Message m;
  m.tag = 'F';
  m.status = step;
  m.error = errno;
  send(status_fd, m);
  ::_exit(125);
}

bool write_text(const char* path, const std::string& text) {
  int fd = ::open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  return ok;
}

// A bind mount, made read-only unless asked otherwise. A remount inside a user
// namespace must keep the flags the outside mount has (nosuid, nodev, ...): the
// kernel locks them.
bool bind(const char* source, const char* target, bool read_only) {
  if (::mount(source, target, nullptr, MS_BIND | MS_REC, nullptr) != 0) return false;
  if (!read_only) return true;
  unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY;
  struct statvfs sv {};
  if (::statvfs(target, &sv) == 0) {
    if (sv.f_flag & ST_NOSUID) flags |= MS_NOSUID;
    if (sv.f_flag & ST_NODEV) flags |= MS_NODEV;
    if (sv.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
    if (sv.f_flag & ST_NOATIME) flags |= MS_NOATIME;
    if (sv.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
    if (sv.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  }
  return ::mount(nullptr, target, nullptr, flags, nullptr) == 0;
}

bool make_file(const char* path) {
  int fd = ::open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

// In I, the namespace's init: the view of the files, then pivot into it.
void build_view(const Plan& plan, int status_fd) {
  if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
    failed(status_fd, kPrivate);
  if (::mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=64m,mode=0755") != 0)
    failed(status_fd, kTmpfs);
  if (::chdir("/tmp") != 0 || ::mkdir("oldroot", 0755) != 0 ||
      ::syscall(SYS_pivot_root, ".", "oldroot") != 0 || ::chdir("/") != 0)
    failed(status_fd, kPivot);
  for (std::size_t i = 0; i < plan.root_links.size(); ++i)
    if (::symlink(plan.link_targets[i].c_str(), plan.root_links[i].c_str()) != 0)
      failed(status_fd, kBindSystem);
  for (std::size_t i = 0; i < plan.root_dirs.size(); ++i)
    if (::mkdir(plan.root_dirs[i].c_str(), 0755) != 0 ||
        !bind(plan.old_root_dirs[i].c_str(), plan.root_dirs[i].c_str(), true))
      failed(status_fd, kBindSystem);
  if (!make_file("/runner") || !bind(plan.old_program.c_str(), "/runner", true))
    failed(status_fd, kBindProgram);
  if (!plan.writable.empty() &&
      (::mkdir("/out", 0755) != 0 || !bind(plan.old_writable.c_str(), "/out", false)))
    failed(status_fd, kBindWritable);
  if (::mkdir("/proc", 0555) != 0 ||
      ::mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0)
    failed(status_fd, kProc);
  if (::mkdir("/dev", 0755) != 0) failed(status_fd, kDevices);
  for (std::size_t i = 0; i < plan.devices.size(); ++i)
    if (!make_file(plan.devices[i].c_str()) ||
        !bind(plan.old_devices[i].c_str(), plan.devices[i].c_str(), false))
      failed(status_fd, kDevices);
  if (::umount2("/oldroot", MNT_DETACH) != 0 || ::rmdir("/oldroot") != 0)
    failed(status_fd, kOldRoot);
  if (::mkdir("/tmp", 01777) != 0 || ::chmod("/tmp", 01777) != 0 || ::chdir("/tmp") != 0)
    failed(status_fd, kOldRoot);
  ::sethostname("kata", 4);
}

// I after R started: reap until R ends, then end everything else and report.
[[noreturn]] void reap(pid_t runner, int status_fd) {
  for (;;) {
    int status = 0;
    rusage usage{};
    pid_t pid = ::wait4(-1, &status, __WALL, &usage);
    if (pid < 0 && errno == EINTR) continue;
    if (pid < 0) ::_exit(1);  // no child left and R never seen: cannot happen
    if (pid != runner) continue;
    Message m;
    m.tag = 'E';
    m.status = status;
    m.max_rss_kb = usage.ru_maxrss;
    ::kill(-1, SIGKILL);  // from init: every other process of the namespace
    while (::wait4(-1, &status, __WALL, nullptr) > 0 || errno == EINTR) ++m.strays;
    send(status_fd, m);
    ::_exit(0);
  }
}

}  // namespace

const char* step_name(int step) {
  switch (step) {
    case kUnshare:
      return "unsharing the namespaces";
    case kSetgroups:
      return "writing setgroups";
    case kUidMap:
      return "writing uid_map";
    case kGidMap:
      return "writing gid_map";
    case kForkInit:
      return "starting the namespace's init";
    case kPrivate:
      return "making the mounts private";
    case kTmpfs:
      return "mounting the tmpfs";
    case kPivot:
      return "pivoting into the tmpfs";
    case kBindSystem:
      return "binding /usr";
    case kBindProgram:
      return "binding the program";
    case kBindWritable:
      return "binding the writable directory";
    case kProc:
      return "mounting /proc";
    case kDevices:
      return "binding /dev";
    case kOldRoot:
      return "leaving the old root";
    case kForkRunner:
      return "starting the runner";
    case kRunnerIds:
      return "becoming the runner's user";
    default:
      return "setting up";
  }
}

void prepare(Plan& plan) {
  plan.parent_maps = ::geteuid() == 0;
  const std::string inside = std::to_string(kInsideId);
  if (plan.parent_maps) {
    plan.runner_uid = plan.runner_gid = kNobody;
    plan.uid_map = "0 0 1\n" + inside + " " + std::to_string(kNobody) + " 1\n";
    plan.gid_map = plan.uid_map;
    int sync[2], go[2];
    if (::pipe2(sync, O_CLOEXEC) != 0)
      throw std::system_error(errno, std::generic_category(), "pipe2");
    if (::pipe2(go, O_CLOEXEC) != 0) {
      ::close(sync[0]);
      ::close(sync[1]);
      throw std::system_error(errno, std::generic_category(), "pipe2");
    }
    plan.sync_fd = sync[1], plan.parent_sync_fd = sync[0];
    plan.go_fd = go[0], plan.parent_go_fd = go[1];
  } else {
    plan.runner_uid = ::geteuid();
    plan.runner_gid = ::getegid();
    plan.uid_map = inside + " " + std::to_string(plan.runner_uid) + " 1\n";
    plan.gid_map = inside + " " + std::to_string(plan.runner_gid) + " 1\n";
  }
  plan.old_program = "/oldroot" + fs::absolute(plan.program).lexically_normal().string();
  if (!plan.writable.empty()) {
    plan.old_writable = "/oldroot" + fs::absolute(plan.writable).lexically_normal().string();
    if (plan.parent_maps) ::chown(plan.writable.c_str(), kNobody, kNobody);
  }
  for (const char* top : {"/usr", "/bin", "/lib", "/lib32", "/lib64", "/libx32", "/sbin"}) {
    std::error_code ec;
    auto st = fs::symlink_status(top, ec);
    if (ec || !fs::exists(st)) continue;
    if (fs::is_symlink(st)) {
      plan.root_links.push_back(top);
      plan.link_targets.push_back(fs::read_symlink(top, ec).string());
    } else if (fs::is_directory(st)) {
      plan.root_dirs.push_back(top);
      plan.old_root_dirs.push_back(std::string("/oldroot") + top);
    }
  }
  for (const char* dev : {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"}) {
    plan.devices.push_back(dev);
    plan.old_devices.push_back(std::string("/oldroot") + dev);
  }
}

bool write_maps(Plan& plan, int guard_pid) {
  if (!plan.parent_maps) return true;
  ::close(plan.sync_fd);  // G's ends: kata reads EOF if G dies first
  ::close(plan.go_fd);
  plan.sync_fd = plan.go_fd = -1;
  char c = 0;
  ssize_t k;
  while ((k = ::read(plan.parent_sync_fd, &c, 1)) < 0 && errno == EINTR) {
  }
  bool ok = false;
  if (k == 1 && c == 'U') {
    const std::string proc = "/proc/" + std::to_string(guard_pid) + "/";
    ok = write_text((proc + "uid_map").c_str(), plan.uid_map) &&
         write_text((proc + "gid_map").c_str(), plan.gid_map);
  }
  char go = ok ? 'G' : 'X';
  while (::write(plan.parent_go_fd, &go, 1) < 0 && errno == EINTR) {
  }
  return ok;
}

void release(Plan& plan) {
  for (int* fd : {&plan.sync_fd, &plan.go_fd, &plan.parent_sync_fd, &plan.parent_go_fd})
    if (*fd >= 0) ::close(*fd), *fd = -1;
}

void enter(const Plan& plan, int status_fd) {
  if (::unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC |
                CLONE_NEWUTS) != 0)
    failed(status_fd, kUnshare);
  if (plan.parent_maps) {  // kata writes them: say so, wait for its word
    char c = 'U';
    if (::write(plan.sync_fd, &c, 1) != 1 || ::read(plan.go_fd, &c, 1) != 1 || c != 'G') {
      errno = EPERM;
      failed(status_fd, kUidMap);
    }
  } else {
    if (!write_text("/proc/self/setgroups", "deny")) failed(status_fd, kSetgroups);
    if (!write_text("/proc/self/uid_map", plan.uid_map)) failed(status_fd, kUidMap);
    if (!write_text("/proc/self/gid_map", plan.gid_map)) failed(status_fd, kGidMap);
  }

  pid_t init = ::fork();
  if (init < 0) failed(status_fd, kForkInit);
  if (init > 0) {  // G: wait for I, holding nothing of the child's
    ::close_range(0, ~0U, 0);
    int status = 0;
    while (::waitpid(init, &status, 0) < 0 && errno == EINTR) {
    }
    ::_exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  }

  // I: pid 1 of the new namespace.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  build_view(plan, status_fd);
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  pid_t runner = ::fork();
  if (runner < 0) failed(status_fd, kForkRunner);
  if (runner > 0) {
    Message started;
    started.tag = 'S';
    send(status_fd, started);
    // I keeps only the status pipe: the channel, the output and the inputs are R's.
    ::close_range(0, static_cast<unsigned>(status_fd) - 1, 0);
    ::close_range(static_cast<unsigned>(status_fd) + 1, ~0U, 0);
    reap(runner, status_fd);
  }
  // R: no status pipe, the inside user 1000 (as root, G and I are 0 inside), no
  // way back to privileges, a cap on tasks.
  if (plan.parent_maps &&
      (::setgroups(0, nullptr) != 0 || ::setresgid(kInsideId, kInsideId, kInsideId) != 0 ||
       ::setresuid(kInsideId, kInsideId, kInsideId) != 0))
    failed(status_fd, kRunnerIds);
  ::close(status_fd);
  ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  // G and I share the runner's user unless kata is root (then they are 0 inside).
  const auto cap = static_cast<rlim_t>(plan.max_tasks + (plan.parent_maps ? 0 : 2));
  rlimit tasks{cap, cap};
  ::setrlimit(RLIMIT_NPROC, &tasks);
}

}  // namespace kata::attempt::sandbox::namespaces
