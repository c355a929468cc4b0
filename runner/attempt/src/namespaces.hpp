// Isolation with the kernel's own tools: the namespaces an attempt runs in.
//
// sandbox::run() with Spec::isolate forks a guard (G) as it forks any child; G
// calls enter(), which
//   1. unshares the user, mount, pid, network, IPC and UTS namespaces, and maps
//      ids. As a user, G maps its own uid and gid as 1000 inside: no other id
//      exists there. As root (kata run by root), kata writes the maps for G (only
//      a privileged parent may): root as 0 and nobody (65534) as 1000, so that the
//      runner can be nobody outside: root is exempt from RLIMIT_NPROC and owns the
//      files outside. Either way the runner runs as 1000 inside, not uid 0, and
//      keeps no capability past its exec;
//   2. forks the namespace's first process, init (I). I builds the runner's view
//      of the files on a private tmpfs (64 MiB: the only place it can write, its
//      /tmp and working directory) and pivots into it: /usr and the /lib links
//      read-only, the program read-only as /runner, the caller's writable
//      directory as /out, a fresh /proc of the new pid namespace, /dev/null,
//      zero, full, random and urandom. No problems/, notes/, build/, home or /etc;
//      the inputs come as open fds;
//      The writable directory is given to the runner's outside uid.
//   3. I forks the runner (R), which returns from enter() and execs /runner under
//      the sandbox's limits plus RLIMIT_NPROC (counted per user namespace: its own
//      processes and threads only). I is not dumpable (R cannot ptrace it or read
//      its memory) and, as a namespace's init, cannot be signalled from inside.
//   4. I reaps: when R ends it kills every other process of the namespace (kill
//      -1 from init), reaps them, and writes R's wait status and peak RSS on the
//      status pipe, which R never holds; then I exits, which ends the namespace.
//
// R cannot see kata (no pid of the outside namespace exists inside: no kill, no
// ptrace, no /proc/PPID/mem), reach the network, or touch a file of the user's.
// Used by sandbox.cpp only: between fork and exec, async-signal-safe calls only,
// everything allocated before the fork.
#pragma once

#include <string>
#include <vector>

namespace kata::attempt::sandbox::namespaces {

// What I writes on the status pipe: first Started (R exists), then Ended, or
// Failed if the namespaces or the view could not be made.
struct Message {
  char tag = 0;         // 'S' started, 'E' ended, 'F' failed
  int status = 0;       // 'E': R's wait status; 'F': the step that failed
  int error = 0;        // 'F': errno
  long max_rss_kb = 0;  // 'E': R's peak resident set
  int strays = 0;       // 'E': other processes still alive when R ended
};

// The view and the ids, prepared before fork.
struct Plan {
  std::string program;   // host path of the program (shown inside as /runner)
  std::string writable;  // host directory shown as /out (read-write), or empty
  int max_tasks = 64;    // RLIMIT_NPROC inside
  // Filled by prepare(): who writes the maps and what they say, the sources under
  // the old root.
  bool parent_maps = false;                    // kata is root: it writes G's maps (write_maps())
  unsigned runner_uid = 0, runner_gid = 0;     // the runner's ids outside (kept for the record)
  int sync_fd = -1, go_fd = -1;                // G's ends of the hand-shake, when parent_maps
  int parent_sync_fd = -1, parent_go_fd = -1;  // kata's ends
  std::string uid_map, gid_map, old_program, old_writable;
  std::vector<std::string> root_links;    // "/lib" ...: symlinks on the host, copied
  std::vector<std::string> link_targets;  // ... and what they point at
  std::vector<std::string> root_dirs;     // "/usr", ...: directories, bound read-only
  std::vector<std::string> old_root_dirs;
  std::vector<std::string> devices, old_devices;
};

// In kata, before the fork. With parent_maps, prepare() opens the hand-shake
// pipes; after the fork, kata calls write_maps(), which waits for G to have
// unshared, writes its maps and lets it go on (false: G failed first, or the
// maps were refused). release() closes kata's copies of G's ends.
void prepare(Plan& plan);
bool write_maps(Plan& plan, int guard_pid);
void release(Plan& plan);

// The steps, for the message of a failed set-up.
const char* step_name(int step);

// In the guard: never returns in G or I; returns in R, whose program is "/runner".
void enter(const Plan& plan, int status_fd);

}  // namespace kata::attempt::sandbox::namespaces
