// Writing a whole buffer to an fd, retrying short writes and EINTR; gives up on
// any other error (the reader is gone). Async-signal-safe: the runner's signal
// handlers and the sandbox's children between fork and exec use it.
#pragma once

#include <unistd.h>

#include <cerrno>
#include <cstddef>

namespace kata::attempt {

inline void write_all(int fd, const char* data, std::size_t n) {
  while (n > 0) {
    ssize_t k = ::write(fd, data, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return;
    data += k;
    n -= static_cast<std::size_t>(k);
  }
}

}  // namespace kata::attempt
