// Waiting for an attempt to be saved again: see kata/attempt/watch.hpp.
#include "kata/attempt/watch.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <system_error>

#include "kata/attempt/attempt.hpp"  // hash_file

namespace kata::attempt {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;

void on_interrupt(int) {
  g_interrupted = 1;
}

// Reads the events waiting on fd; true if one names `name`.
bool names_file(int fd, const std::string& name) {
  alignas(inotify_event) char buf[8192];
  bool hit = false;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) return hit;
    for (char* at = buf; at < buf + n;) {
      auto* e = reinterpret_cast<inotify_event*>(at);
      if (e->len && name == e->name) hit = true;
      at += sizeof(inotify_event) + e->len;
    }
  }
}

}  // namespace

SaveWatch::SaveWatch(const std::filesystem::path& file) : file_(std::filesystem::absolute(file)) {
  fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) throw std::system_error(errno, std::generic_category(), "inotify_init1");
  const auto dir = file_.parent_path();
  if (::inotify_add_watch(fd_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE) < 0) {
    int e = errno;
    ::close(fd_);
    throw std::system_error(e, std::generic_category(), "inotify_add_watch " + dir.string());
  }
}

SaveWatch::~SaveWatch() {
  if (fd_ >= 0) ::close(fd_);
}

SaveWatch::Event SaveWatch::next(const std::string& judged) {
  const std::string name = file_.filename().string();
  for (;;) {
    if (g_interrupted) return Event::interrupted;
    pollfd p{fd_, POLLIN, 0};
    int ready = ::poll(&p, 1, 1000);
    if (ready < 0 && errno != EINTR)
      throw std::system_error(errno, std::generic_category(), "poll");
    if (ready <= 0 || !names_file(fd_, name)) continue;
    // One save is often several events: let the editor finish.
    for (;;) {
      pollfd q{fd_, POLLIN, 0};
      if (::poll(&q, 1, 100) <= 0) break;
      names_file(fd_, name);
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file_, ec)) continue;  // between a delete and a create
    if (hash_file(file_) != judged) return Event::saved;
  }
}

void SaveWatch::install_interrupt() {
  struct sigaction sa {};
  sa.sa_handler = on_interrupt;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocked poll returns EINTR
  ::sigaction(SIGINT, &sa, nullptr);
}

bool SaveWatch::interrupted() {
  return g_interrupted != 0;
}

}  // namespace kata::attempt
