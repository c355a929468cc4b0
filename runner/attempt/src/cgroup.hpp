// A control group for one sandboxed run, where the machine lets kata make one.
//
// The kernel then counts and caps what the whole process tree uses, which the
// parent's own readings of /proc cannot do exactly: memory of every process (a
// forked worker's too), shared mappings, the tmpfs and the page cache, and the
// number of processes and threads. Past the memory cap the kernel's OOM killer
// ends the largest process in the group, and the group's OOM count says so.
//
// Which kind, tried in this order:
//   - cgroup v2, where kata's own group (from /proc/self/cgroup, "0::PATH") can
//     have children with the memory and pids controllers: they are enabled in its
//     cgroup.subtree_control already (a delegated group) or can be (kata's group
//     holds no process the kernel would refuse to leave behind, e.g. the root);
//   - cgroup v1, where the memory hierarchy (and the pids one, if mounted) is
//     writable: a group below kata's own group in each.
//   - none: make() returns nothing and the sandbox keeps to its rlimits, the pid
//     namespace and its own readings (sandbox.hpp). A user without a delegated
//     group is in this case; so is KATA_SANDBOX=none.
//
// The child joins the group itself, between fork and exec (join(): a write of "0"
// to the cgroup.procs it was given open), before it can fork anything, so nothing
// it starts is ever outside. The parent reads the group when the run has ended
// (read()) and removes it (remove(): every process left is killed first).
// Groups are named kata-PID-N under kata's own group; remove() leaves nothing, and
// make() removes the empty groups of earlier kata processes that died first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kata::attempt::sandbox::cgroup {

struct Group {
  bool v2 = false;
  std::vector<std::string> dirs;  // v2: one; v1: the memory group, then the pids group
  std::vector<int> join_fds;      // their cgroup.procs, open for writing (close-on-exec)
};

// A group capped at memory_bytes (0: counted, not capped; swap is never allowed)
// and max_tasks processes and threads (0: no cap). Nothing when the machine does
// not let kata make one.
std::optional<Group> make(std::size_t memory_bytes, int max_tasks);

// In the child after fork: async-signal-safe. False if a write was refused.
bool join(const Group& g);

struct Usage {
  long peak_kb = 0;         // the most memory the group held, page cache included
  bool oom_killed = false;  // the kernel killed a process of it at the memory cap
};
Usage read(const Group& g);

// Kills whatever is left in the group and removes it; closes the fds.
void remove(Group& g);

// Whether make() gives groups, of which kind and where, or why not.
struct Support {
  bool available = false;
  bool v2 = false;
  std::string parent;  // the directory the memory groups are made in
  std::string why_not;
};
Support support();

}  // namespace kata::attempt::sandbox::cgroup
