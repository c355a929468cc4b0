// kata debug: one case of an attempt, stopped in a debugger at the solution's method.
//
// The attempt is built a third way (BuildKind::debug): the fast runner's flags at
// -O0 with -g and frame pointers, against a PCH of its own made with exactly those
// flags the first time (clang refuses a PCH whose __OPTIMIZE__ differs), linked with
// its debug sections. The runner is the judge's own (attempt_main.hpp), so the case
// reaches the method exactly as in `kata test`: the runner reads a cases file of one
// input, and writes its answer line to fd 3, which the debugger's `run` line sends to
// a file kata reads afterwards ("your answer ... expected ...").
//
// Everything lives in <practice>/.debug/: a copy of the runner named after the
// problem (a stable path an editor's launch configuration can name), SLUG.case,
// SLUG.answer and SLUG.gdb, the script gdb runs: a breakpoint at the method (a
// function problem: `Class::method`; a design problem: every member of the class,
// by `rbreak`), then `run` with the case. Interactively, gdb then gives its prompt
// at the breakpoint; with `batch`, the script prints the arguments, the answer and
// exits (what tests and a quick look use).
//
// Under the debugger the runner is not sandboxed: it is the person's own code,
// run by their own request, as their editor would run it. kata waits for gdb with
// SIGINT ignored, so Ctrl-C reaches the program being debugged, not kata.
//
// For editors, write_editor_files() writes, once, <practice>/.vscode/tasks.json (a
// task running `kata debug FILE --prepare`, which builds and writes the files above
// without starting gdb) and launch.json (gdb on .debug/<file name> with its case,
// the answer on stdout), so F5 in SLUG.cpp debugs SLUG's case.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kata/attempt/attempt.hpp>

namespace kata::attempt {

struct DebugPlan {
  Build build;                       // the debug runner; !build.ok: CE, build.error says why
  std::filesystem::path runner;      // <dir>/<slug>: the runner, copied to a stable path
  std::filesystem::path cases;       // <dir>/<slug>.case: the protocol's file, one input
  std::filesystem::path answer;      // <dir>/<slug>.answer: the runner's result line
  std::filesystem::path script;      // <dir>/<slug>.gdb
  std::vector<std::string> command;  // gdb and its arguments
};

// Builds the debug runner and writes the case, the script and the command into
// `dir` (created if needed). Throws std::runtime_error when the toolchain is broken
// or dir cannot be written; a bad attempt is !build.ok.
DebugPlan prepare_debug(const ProblemMeta& meta, const std::filesystem::path& attempt,
                        const Case& c, const std::filesystem::path& dir, bool batch,
                        const Toolchain& tc = Toolchain::configured());

// The gdb commands that stop at the solution's code: "break Solution::twoSum", or
// "rbreak ^LRUCache::" for a design problem.
std::string breakpoint_command(const ProblemMeta& meta);

// The full path of an executable found on $PATH, if any.
std::optional<std::filesystem::path> find_program(const std::string& name);

// Runs the debugger in the foreground with SIGINT ignored by kata; returns its
// exit status (127 when it could not be started).
int run_debugger(const std::vector<std::string>& command);

// What the runner answered, read from plan.answer after the debugger ended.
struct DebugAnswer {
  bool present = false;  // false: the program did not get as far as answering
  judge::Json answer;    // the method's return value (design: every call's)
  std::string error;     // the runner's "message" when the case failed inside it
};
DebugAnswer read_debug_answer(const std::filesystem::path& answer_file);

// What `kata test` leaves for `kata debug`: the first failing case of its last
// judgement of an attempt, kept in <practice>/.debug/SLUG.last-failure with the
// attempt's path and content hash; an empty case (an AC) removes it. Never throws.
void remember_failure(const std::filesystem::path& practice, const std::string& slug,
                      const std::filesystem::path& attempt, const std::string& case_name);
// That case, if the file holds one for this very attempt (same path, same content).
std::optional<std::string> remembered_failure(const std::filesystem::path& practice,
                                              const std::string& slug,
                                              const std::filesystem::path& attempt);

// Writes practice/.vscode/tasks.json and launch.json when they do not exist yet
// (an edited one is never overwritten). `kata_command` is how the task runs kata.
// Returns the files written.
std::vector<std::filesystem::path> write_editor_files(const std::filesystem::path& practice,
                                                      const std::string& kata_command);

}  // namespace kata::attempt
