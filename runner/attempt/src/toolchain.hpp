// What building an attempt's runner and building a reference module share: the
// binding their generated units declare, running the compiler, cache keys, files
// written atomically, the cache's pruning.
// Internal to the judge library (attempt.cpp, references.cpp).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <kata/attempt/sandbox.hpp>
#include <kata/judge/problem.hpp>

namespace kata::attempt::toolchain {

using judge::ProblemMeta;

// "a;b;c" (a CMake list baked into attempt_config.hpp) -> {"a", "b", "c"}.
std::vector<std::string> split_list(std::string_view s);
// The file's bytes, or "" when it cannot be read.
std::string read_file(const std::filesystem::path& p);
// Writes to a temporary name beside p, then renames: readers never see half a file.
void write_file_atomically(const std::filesystem::path& p, const std::string& text);
// A file's identity for cache keys (path, size, mtime): a rebuilt PCH or library
// invalidates what was compiled against it.
std::string stamp(const std::filesystem::path& p);
// Unique within this machine for temporary names: pid and a counter.
std::string unique_suffix();

// A precompiled header, made by kata the first time a unit needs it, never by the
// build (the first `kata daily` does not wait for the 7-10 s of CPU two clang PCHs
// cost; the first `kata test` does, once). CMake writes the header's text at
// configure time and touches `headers_stamp` whenever a header that text includes
// changes (a dependency scan, runner/attempt/CMakeLists.txt). The PCH's folder in
// the cache is named by all it is made from (text, compiler, flags, include
// folders, the stamp), so kata never compiles against a stale one; the older
// folder of the same kind is removed when a new one is made. clang makes a ".pch"
// with -fpch-instantiate-templates (the standard library's templates instantiated
// once, in the PCH), GCC a ".gch" beside a copy of the header.
struct Pch {
  std::string compiler;
  std::vector<std::string> flags;  // exactly those of the units that use it
  std::vector<std::string> include_dirs;
  std::filesystem::path header;         // its text (kata_attempt.hpp, ...)
  std::filesystem::path headers_stamp;  // newer whenever an included header changed
  std::filesystem::path cache_dir;
  std::string kind;  // "fast", "sanitized", "module", ...: one of each kind is kept

  // Where the PCH is, made or not: CACHE/pch-KIND-HASH/HEADER.pch (or .gch). A
  // unit's cache key names this path: it changes whenever the PCH would.
  std::filesystem::path file() const;
  // The arguments that make a unit use it: -include-pch FILE, or -include HEADER
  // for GCC (the copy beside its .gch).
  std::vector<std::string> arguments() const;
  // Makes it if it is not there. Throws std::runtime_error when the header's text
  // is missing or the compiler rejects it.
  void make_if_missing() const;
};
// The PCH of a toolchain (the attempts' or the modules'), for units compiled with
// `flags`: clang refuses a PCH made with other flags, so each set is its own kind.
template <class AnyToolchain>
Pch pch_of(const AnyToolchain& tc, std::vector<std::string> flags, std::string kind) {
  return {.compiler = tc.compiler,
          .flags = std::move(flags),
          .include_dirs = tc.include_dirs,
          .header = tc.pch_header,
          .headers_stamp = tc.pch_headers_stamp,
          .cache_dir = tc.cache_dir,
          .kind = std::move(kind)};
}
// kata::sched's sources (runner/sched/src/*.cpp), which an attempt on the scheduler
// compiles into its runner, and every file of it, headers included, sorted.
std::vector<std::filesystem::path> sched_sources();
std::vector<std::filesystem::path> sched_files();
// The C++ expression that binds a problem's class (bind.hpp), for a generated unit:
// a kata::bind::Function or kata::bind::Design. `cls` names the class where the unit
// sees it ("Solution", "p::reference::Solution"); `builder` the input builder's
// type, empty when the problem has none; `harness` a concurrency problem's harness
// template where the unit sees it ("kata_harness::Harness"): the bound class is then
// harness<cls>, whose `run` the case's values go to.
std::string binding_source(const ProblemMeta& meta, const std::string& cls,
                           const std::string& builder, const std::string& harness = "");
// Replaces every `from` in s by `to`, left to right (`to` may contain `from`).
void replace_all(std::string& s, const std::string& from, const std::string& to);
// A C++ string literal (JSON's escaping is C++'s for what we write).
std::string quoted(const std::string& s);
// Runs a tool (the compiler) to completion, up to five minutes of wall time, and
// at most `cpu` of CPU time (0: no budget) and `data_bytes` of heap (0: no limit);
// the first MiB of its output is kept. No RLIMIT_FSIZE: it would also cap the
// files it writes. Its TMPDIR is a fresh directory, removed when it ends.
sandbox::Exit run_tool(std::vector<std::string> argv,
                       std::chrono::milliseconds cpu = std::chrono::milliseconds(0),
                       std::size_t data_bytes = 0);
// Removes the least recently used runners ("<slug>-<16 hex digits>[-san|-debug]", with
// their .cpp and .sum) until the runners in dir take at most `bytes`.
void bound_cache(const std::filesystem::path& dir, std::uintmax_t bytes);
// Keeps the newest `keep` files in dir named "<prefix>-<16 hex digits><suffix>";
// removes the rest, and each removed file's "<name>.cpp" unit beside it.
void prune(const std::filesystem::path& dir, const std::string& prefix, const std::string& suffix,
           std::size_t keep);

}  // namespace kata::attempt::toolchain
