// Waiting for an attempt to be saved again (kata test --watch).
//
// The folder that holds the file is watched with inotify, not the file itself:
// editors that save by writing a new file and renaming it over the old one (vim's
// default, most IDEs) replace the inode a file watch would follow. Any event that
// names the file (written and closed, moved in, created) starts a quiet period of
// 100 ms in which more events are absorbed (one save is often several), and then
// the file's content is compared with what was judged last: an unchanged file (a
// save without edits, a touch) is no reason to judge again.
//
// SIGINT ends the wait: next() returns interrupted, and the caller finishes
// cleanly (the handler only sets a flag; install_interrupt() installs it).
#pragma once

#include <filesystem>
#include <string>

namespace kata::attempt {

class SaveWatch {
 public:
  // Throws std::system_error when inotify cannot watch the folder.
  explicit SaveWatch(const std::filesystem::path& file);
  ~SaveWatch();
  SaveWatch(const SaveWatch&) = delete;
  SaveWatch& operator=(const SaveWatch&) = delete;

  enum class Event { saved, interrupted };
  // Blocks until the file holds something other than `judged` (a hash_text of
  // what was judged last), or until SIGINT.
  Event next(const std::string& judged);

  // Makes SIGINT set the flag next() looks at instead of ending the process.
  static void install_interrupt();
  static bool interrupted();

 private:
  std::filesystem::path file_;
  int fd_ = -1;
};

}  // namespace kata::attempt
