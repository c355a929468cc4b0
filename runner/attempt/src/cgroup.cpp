// A control group per sandboxed run: see cgroup.hpp.
#include "cgroup.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

namespace kata::attempt::sandbox::cgroup {
namespace {

bool write_text(const std::string& path, const std::string& text) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  return ok;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The number after `key` in a "key value" file (memory.events, memory.oom_control).
long long keyed(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string k;
  long long v = 0;
  while (in >> k >> v)
    if (k == key) return v;
  return 0;
}

bool has_word(const std::string& list, const std::string& word, char sep) {
  std::istringstream in(list);
  for (std::string w; std::getline(in, w, sep);)
    if (w == word) return true;
  return false;
}

// Where kata may make its groups, found once.
struct Places {
  std::string v2;         // kata's own v2 group, memory and pids enabled for children
  std::string v1_memory;  // kata's own group in the v1 memory hierarchy
  std::string v1_pids;    // ... and in the pids hierarchy (may be empty)
  std::string why_not;    // when none is usable
};

// mountinfo: "ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS ... - FSTYPE SOURCE SUPEROPTS".
struct Mount {
  std::string root, point, type, options;
};

std::vector<Mount> cgroup_mounts() {
  std::vector<Mount> out;
  std::ifstream in("/proc/self/mountinfo");
  for (std::string line; std::getline(in, line);) {
    auto dash = line.find(" - ");
    if (dash == std::string::npos) continue;
    std::istringstream left(line.substr(0, dash)), right(line.substr(dash + 3));
    std::string id, parent, dev;
    Mount m;
    std::string source;
    left >> id >> parent >> dev >> m.root >> m.point;
    right >> m.type >> source >> m.options;
    if (m.type == "cgroup" || m.type == "cgroup2") out.push_back(m);
  }
  return out;
}

// The directory of kata's own group in a mount, given its path in /proc/self/cgroup.
std::string own_dir(const Mount& m, const std::string& path) {
  std::string rel = path;
  if (m.root != "/" && rel.rfind(m.root, 0) == 0) rel = rel.substr(m.root.size());
  if (rel == "/") rel.clear();
  return m.point + rel;
}

bool writable_dir(const std::string& dir) {
  return ::access(dir.c_str(), W_OK) == 0;
}

Places discover() {
  Places p;
  if (const char* env = std::getenv("KATA_SANDBOX"); env && std::string(env) == "none") {
    p.why_not = "KATA_SANDBOX=none";
    return p;
  }
  auto mounts = cgroup_mounts();
  std::ifstream in("/proc/self/cgroup");
  for (std::string line; std::getline(in, line);) {
    auto c1 = line.find(':'), c2 = line.find(':', c1 + 1);
    if (c1 == std::string::npos || c2 == std::string::npos) continue;
    std::string hid = line.substr(0, c1), controllers = line.substr(c1 + 1, c2 - c1 - 1);
    std::string path = line.substr(c2 + 1);
    for (const auto& m : mounts) {
      if (hid == "0" && m.type == "cgroup2" && p.v2.empty()) {
        std::string dir = own_dir(m, path);
        std::string available = read_text(dir + "/cgroup.controllers");
        if (!has_word(available, "memory", ' ') || !has_word(available, "pids", ' ') ||
            !writable_dir(dir))
          continue;
        std::string enabled = read_text(dir + "/cgroup.subtree_control");
        if ((has_word(enabled, "memory", ' ') && has_word(enabled, "pids", ' ')) ||
            write_text(dir + "/cgroup.subtree_control", "+memory +pids"))
          p.v2 = dir;
      } else if (m.type == "cgroup" && hid != "0") {
        if (has_word(controllers, "memory", ',') && has_word(m.options, "memory", ','))
          p.v1_memory = own_dir(m, path);
        if (has_word(controllers, "pids", ',') && has_word(m.options, "pids", ','))
          p.v1_pids = own_dir(m, path);
      }
    }
  }
  if (!p.v1_memory.empty() && !writable_dir(p.v1_memory)) p.v1_memory.clear();
  if (!p.v1_pids.empty() && !writable_dir(p.v1_pids)) p.v1_pids.clear();
  if (p.v2.empty() && p.v1_memory.empty())
    p.why_not = "no cgroup with a memory controller kata may make groups in";
  return p;
}

std::mutex g_mutex;
bool g_disabled = false;  // a group could not be made once: never try again
std::string g_disabled_why;
std::atomic<unsigned> g_counter{0};

const Places& places() {
  static const Places p = discover();
  return p;
}

bool alive(long pid) {
  return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

// Removes the groups of kata processes that are gone (their rmdir fails if a
// process is still inside, which is then left alone).
void remove_stale(const std::string& parent) {
  DIR* d = ::opendir(parent.c_str());
  if (!d) return;
  while (dirent* e = ::readdir(d)) {
    if (std::strncmp(e->d_name, "kata-", 5) != 0) continue;
    long pid = std::strtol(e->d_name + 5, nullptr, 10);
    if (pid > 0 && !alive(pid)) ::rmdir((parent + "/" + e->d_name).c_str());
  }
  ::closedir(d);
}

void kill_members(const std::string& dir) {
  std::ifstream in(dir + "/cgroup.procs");
  for (long pid; in >> pid;) ::kill(static_cast<pid_t>(pid), SIGKILL);
}

void remove_dir(const std::string& dir, bool v2) {
  if (!v2 || !write_text(dir + "/cgroup.kill", "1")) kill_members(dir);
  for (int i = 0; i < 100 && ::rmdir(dir.c_str()) != 0 && errno == EBUSY; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

// Makes dir and opens its cgroup.procs; false (and nothing left) if either fails.
bool make_dir(Group& g, const std::string& dir) {
  if (::mkdir(dir.c_str(), 0755) != 0) return false;
  int fd = ::open((dir + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) {
    ::rmdir(dir.c_str());
    return false;
  }
  g.dirs.push_back(dir);
  g.join_fds.push_back(fd);
  return true;
}

std::optional<Group> disable(Group& g, const std::string& why) {
  const int error = errno;
  remove(g);
  std::lock_guard lock(g_mutex);
  g_disabled = true;
  g_disabled_why = why + " (" + std::strerror(error) + ")";
  return std::nullopt;
}

}  // namespace

std::optional<Group> make(std::size_t memory_bytes, int max_tasks) {
  const Places& p = places();
  {
    std::lock_guard lock(g_mutex);
    if (g_disabled || !p.why_not.empty()) return std::nullopt;
  }
  static std::once_flag stale_once;
  std::call_once(stale_once, [&] {
    for (const auto* parent : {&p.v2, &p.v1_memory, &p.v1_pids})
      if (!parent->empty()) remove_stale(*parent);
  });
  const std::string name =
      "/kata-" + std::to_string(::getpid()) + "-" + std::to_string(g_counter++);
  const std::string memory = memory_bytes ? std::to_string(memory_bytes) : std::string();
  const std::string tasks = max_tasks > 0 ? std::to_string(max_tasks) : std::string();
  Group g;
  if (!p.v2.empty()) {
    g.v2 = true;
    const std::string dir = p.v2 + name;
    if (!make_dir(g, dir)) return disable(g, "cannot make " + dir);
    if ((!memory.empty() && !write_text(dir + "/memory.max", memory)) ||
        (!tasks.empty() && !write_text(dir + "/pids.max", tasks)))
      return disable(g, "cannot set the limits of " + dir);
    write_text(dir + "/memory.swap.max", "0");  // absent without swap accounting
    return g;
  }
  const std::string dir = p.v1_memory + name;
  if (!make_dir(g, dir)) return disable(g, "cannot make " + dir);
  if (!memory.empty() && !write_text(dir + "/memory.limit_in_bytes", memory))
    return disable(g, "cannot set the limits of " + dir);
  if (!memory.empty()) write_text(dir + "/memory.memsw.limit_in_bytes", memory);  // ditto
  if (!p.v1_pids.empty() && !tasks.empty()) {
    const std::string pids = p.v1_pids + name;
    if (!make_dir(g, pids) || !write_text(pids + "/pids.max", tasks))
      return disable(g, "cannot make " + pids);
  }
  return g;
}

bool join(const Group& g) {
  bool ok = true;
  for (int fd : g.join_fds) ok = ::write(fd, "0", 1) == 1 && ok;
  return ok;
}

Usage read(const Group& g) {
  Usage u;
  if (g.dirs.empty()) return u;
  const std::string& dir = g.dirs.front();
  if (g.v2) {
    std::string peak = read_text(dir + "/memory.peak");
    if (peak.empty()) peak = read_text(dir + "/memory.current");
    u.peak_kb = std::atoll(peak.c_str()) >> 10;
    u.oom_killed = keyed(read_text(dir + "/memory.events"), "oom_kill") > 0;
  } else {
    u.peak_kb = std::atoll(read_text(dir + "/memory.max_usage_in_bytes").c_str()) >> 10;
    u.oom_killed = keyed(read_text(dir + "/memory.oom_control"), "oom_kill") > 0;
  }
  return u;
}

void remove(Group& g) {
  for (int fd : g.join_fds) ::close(fd);
  g.join_fds.clear();
  for (const auto& dir : g.dirs) remove_dir(dir, g.v2);
  g.dirs.clear();
}

Support support() {
  const Places& p = places();
  Support s;
  std::lock_guard lock(g_mutex);
  if (!p.why_not.empty() || g_disabled) {
    s.why_not = !p.why_not.empty() ? p.why_not : g_disabled_why;
    return s;
  }
  s.available = true;
  s.v2 = !p.v2.empty();
  s.parent = s.v2 ? p.v2 : p.v1_memory;
  return s;
}

}  // namespace kata::attempt::sandbox::cgroup
