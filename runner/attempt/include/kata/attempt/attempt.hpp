// Judging a user's attempt: compile it, run it in a sandboxed child, turn what it did into verdicts.
//
// Glossary
//   attempt  the user's file, exactly what LeetCode accepts (no includes, `std`
//            names, ListNode / TreeNode): practice/<slug>.cpp by default.
//   runner   the small executable made from one attempt: a generated unit that
//            #includes the attempt by its absolute path (so the compiler's messages
//            name the attempt's own file and line) and adds a main() that binds the
//            class and method named in problem.json (bind.hpp, attempt_main.hpp).
//   child    one run of a runner, under the limits of sandbox.hpp.
//
// Building (build_attempt, build.cpp)
//   As LeetCode compiles C++: clang 19, -std=c++23 -O2 -pthread (over Debian 12's
//   libstdc++, GCC 12's: C++23's language is all there, its newest library parts,
//   <print> and ranges::to, are not). One compiler call compiles and links the
//   unit, with -include-pch of a PCH of the prelude and attempt_main.hpp (made by
//   kata in <build>/attempts/ the first time an attempt is compiled, with exactly
//   these flags and -fpch-instantiate-templates, so the standard library's
//   templates are instantiated once, in the PCH; toolchain.hpp's Pch), against libkata_attempt.a (the case loop,
//   attempt_child.cpp) and libkata_judge.a (the binding's driver and JSON
//   conversions, invoke.cpp); linked by gold without debug sections. The unit names
//   no JSON type, so each attempt costs one small compile. (A KATA_ATTEMPT_CXX that
//   is GCC uses its .gch beside the header instead: it works, at about 1 s more per
//   edit, since GCC re-instantiates the PCH's templates in every unit.) Runners are
//   cached in <build>/attempts/ under a hash of the attempt's text and path, the
//   generated unit, the flags (the PCH's path among them: it is named by all
//   the PCH is made from) and the library stamps: an unchanged attempt
//   is not rebuilt. Output goes to a temporary name and is renamed into place, so
//   concurrent kata processes never see half a runner.
//   A failed compile is CE with the first error: the attempt's file:line when the
//   error is there, otherwise a hint about the expected class and signature.
//
// Running (run_cases, run_cases.cpp)
//   The parent writes the case inputs to a file, one a line, and starts the child
//   with stdin closed, stdout/stderr captured and capped (a flood ends in SIGXFSZ:
//   RE "output limit exceeded"), a 256 MiB stack, RLIMIT_DATA = memory limit + 64 MiB
//   of the runner's own (an allocation past it is std::bad_alloc: MLE), and watchdogs
//   in the parent: CPU time past 1.5 x the limit + 250 ms per case (a loop) or past
//   that for every case in all, wall time past 3 x the limit + 1 s (a sleep); each is
//   TLE. No RLIMIT_CPU: it would blur the child's clocks (sandbox.hpp). A busy machine
//   stretches wall time, not CPU time, so CPU is the one that normally fires.
//   The child answers one JSON line per case on fd 3;
//   the answer is judged in the parent with judge_case() (the same comparator,
//   checker, unmodified-argument and time checks as the reference), charging the
//   call's CPU time so a loaded machine does not turn AC into TLE.
//   When the child dies in case i, case i gets the verdict of its death: TLE (killed by
//   the watchdog, SIGXCPU), MLE (bad_alloc reached std::terminate), RE with the signal's
//   name ("SIGSEGV", a stack overflow said so), RE "exited with status 0 before the
//   case finished" for exit() halfway. Then:
//     - after an RE a fresh child resumes at case i+1, so every case is judged;
//     - after a limit (TLE, MLE, output, stack overflow) judging stops, as LeetCode
//       does at its first failure: each such case costs seconds (filling 256 MiB of
//       stack alone takes about 0.8 s of CPU), and the next would very likely hit it
//       again. The cases after it are not run (RunNotes::not_run; they count in
//       total, not in passed).
//   The child's process group is killed and every descendant reaped before the
//   next step: nothing the attempt forked outlives kata.
//
// Sanitizers (judge_attempt, attempt.cpp), as LeetCode's judge: every attempt
//   A second runner is built from the same attempt with -fsanitize=address,undefined
//   -O1 -g (same compiler, its own PCH, made lazily in the cache the first time),
//   at the same time as the fast one (two compiler processes: two cores). After the
//   fast run, the sanitized runner runs the same cases (those before a limit stop),
//   with ASan and UBSan halting at their first report (out of bounds on heap, stack
//   and globals, use after free and after return, double free, signed overflow,
//   shifts, null and misaligned access). The report is written to a file of its own
//   (log_path), not mixed with the attempt's output, and without lines: the child
//   does not symbolize (a sanitizer forks itself to start the symbolizer, a second
//   and more per report in the sandbox); kata names the runner's frames after the
//   run, all its reports in one symbolizer call (symbolize_reports). A case with a
//   report is RE with its trimmed report (the kind, the attempt's lines) whatever the
//   fast run said, and a fresh sanitized child resumes after it. So no AC unless the
//   sanitized run is clean. The fast run alone decides TLE, MLE and the times shown: the
//   sanitized child has no data limit (ASan reserves terabytes of address space for
//   its shadow; the fast run has already bounded the attempt's own memory) and its
//   time limits are kSanitizedSlowdown times the fast ones; a case that exceeds even
//   those ends the sanitized run, and the cases after it count as not sanitized
//   (RunNotes::unsanitized). `kata test --fast` skips the sanitized build and run
//   (AttemptOptions::sanitize).
//   A concurrency problem's sanitized runner is built with ThreadSanitizer instead
//   (Toolchain::thread_sanitizer_flags): its bugs are data races more than bad
//   memory, and a race can print the right answer on every perturbed run. Its
//   first report (a data race, a lock-order inversion) makes the case an RE with
//   the accesses and the attempt's lines.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/judge.hpp>
#include <kata/judge/problem.hpp>

namespace kata::attempt {

// The judge's vocabulary, named here without its namespace.
using judge::Case;
using judge::CaseResult;
using judge::ProblemResult;
using judge::Checker;
using judge::ProblemMeta;
using judge::Verdict;

// Where the compilers, the precompiled header and the libraries are: baked in at
// configure time (attempt_config.hpp), the cache overridable by $KATA_ATTEMPT_CACHE.
struct Toolchain {
  std::string compiler;                   // clang++-19, as on LeetCode
  std::vector<std::string> flags;         // -std=c++23 -O2: must match the PCH's exactly
  std::vector<std::string> link_flags;    // gold, no debug sections
  std::vector<std::string> include_dirs;  // the prelude's and the judge's
  std::vector<std::string> libraries;     // libkata_attempt.a, libkata_judge.a
  std::filesystem::path pch_header;       // <build>/attempt/kata_attempt.hpp: the PCH's text
  std::filesystem::path pch_headers_stamp;  // newer when a header it includes changed
  std::vector<std::string> sanitizer_flags;  // the same compiler with ASan + UBSan
  std::vector<std::string> sanitizer_link_flags;  // gold, debug sections kept
  std::string symbolizer;                    // llvm-symbolizer or addr2line, for reports
  std::filesystem::path cache_dir;        // runners and the PCHs (made on first use)
  // What one compile of an attempt may take: past either it is CE "the compiler
  // ran out of time" / "... of memory" (a template or include bomb), never the
  // machine's memory or minutes of waiting.
  std::chrono::milliseconds compile_cpu{20'000};
  std::size_t compile_memory_bytes = std::size_t{2} << 30;
  static Toolchain configured();
  // For `kata debug`: the fast flags at -O0 with debug information (a PCH of its own).
  std::vector<std::string> debug_flags() const;
  // A concurrency problem's sanitized runner: the sanitizer flags with
  // ThreadSanitizer instead of ASan + UBSan (a PCH of its own).
  std::vector<std::string> thread_sanitizer_flags() const;
};
// fast: every case, the times; sanitized: ASan + UBSan, or ThreadSanitizer for a
// concurrency problem; debug: -O0 -g, for gdb (debug.hpp).
enum class BuildKind { fast, sanitized, debug };

struct Build {
  BuildKind kind = BuildKind::fast;
  bool ok = false;
  bool cached = false;          // reused, not compiled
  std::filesystem::path exe;    // the runner
  std::filesystem::path attempt;  // absolute
  std::string error;            // CE: the first error and its context lines
  std::string diagnostics;      // the compiler's whole output (capped)
};

// The generated unit: the attempt, then main() binding meta's class and methods.
std::string runner_source(const ProblemMeta& meta, const std::filesystem::path& attempt);

// Compiles (or finds in the cache) the runner of `attempt`. Never throws for a bad
// attempt (that is a CE); throws std::runtime_error when the toolchain is broken.
Build build_attempt(const ProblemMeta& meta, const std::filesystem::path& attempt, BuildKind kind,
                    const Toolchain& tc = Toolchain::configured());

struct AttemptOptions {
  std::optional<int> time_limit_ms;  // overrides problem.json's
  bool sanitize = true;              // also judge the cases in a sanitized build
  std::size_t output_limit = 8u << 20;  // bytes of stdout+stderr before SIGXFSZ
  std::size_t stack_bytes = 256u << 20;  // > 100 MiB: deep recursion passes, as on LeetCode
  Toolchain toolchain = Toolchain::configured();
  // A concurrency problem's seeds moved by this base ($KATA_INTERLEAVE_BASE in the
  // child, interleave.hpp): other interleavings than the default's.
  std::optional<std::uint64_t> interleave_base;
};

// How much slower a sanitized runner may be than the fast one before its watchdogs
// stop it (ASan and UBSan at -O1 cost 2-3x on typical solutions).
constexpr int kSanitizedSlowdown = 5;

// What happened beyond the verdicts.
struct RunNotes {
  int not_run = 0;             // cases skipped after a TLE, MLE, output limit, stack overflow
                               // or a breach of the protocol
  bool stopped_at_limit = false;  // the last result is that limit (TLE, MLE, output, stack)
  bool protocol_broken = false;   // the child wrote what the protocol does not allow: the
                                  // case it happened in is RE, no later case is judged
  int children = 0;            // processes started
  std::string output;          // the first bytes the attempt printed (first child that printed)
  // Sanitized runs: the trimmed report of each case that had one, by case index.
  std::map<std::size_t, std::string> reports;
};

// Runs the cases through a built runner and judges each answer. Results are in
// case order, one per case (result i is case i); after a TLE, MLE, output limit or
// a breach of the protocol the remaining cases are absent (notes->not_run). The
// child's lines are only answers, in order, each once, at most 256 deep; the
// parent measures each case's CPU time itself (see run_cases.cpp, judge_line). A sanitized build runs as
// "Sanitizers" above says, its reports in notes->reports.
std::vector<CaseResult> run_cases(const Build& build, const ProblemMeta& meta,
                                  const std::vector<Case>& cases, const Checker& checker,
                                  const AttemptOptions& opts, RunNotes* notes = nullptr);

struct AttemptResult {
  ProblemResult result;  // CE: one case named "compile" holding the error
  Build build;
  RunNotes notes;
  bool sanitized = false;  // the sanitized run judged the cases (not --fast, and it built)
  int unsanitized = 0;     // cases the fast run judged that the sanitized run did not reach
  std::string sanitizer;   // the first case's sanitizer report, if any
};

// Compile both runners, run every case in the fast one, then in the sanitized one.
AttemptResult judge_attempt(const ProblemMeta& meta, const std::filesystem::path& attempt,
                            const std::vector<Case>& cases, const Checker& checker,
                            const AttemptOptions& opts = {});

// The first sanitizer report in a run's output, cut to what points at the attempt.
std::string trim_sanitizer_report(const std::string& output, const std::filesystem::path& attempt);
// The reports of one run with the frames of the runner `exe` named: the children
// do not symbolize (for that a sanitizer forks the child, which took over a second
// per report in the sandbox), so their frames of the runner carry only an offset
// (ASan, UBSan) or a function (TSan). Each such frame is resolved here by
// `symbolizer` (llvm-symbolizer or addr2line) against the parent's copy of the
// runner, every report's in one call: one line per inlined level, in the
// sanitizer's own form ("#N 0x.. in function file:line:column (module+0x..)" or
// "#N function file:line:column (module+0x..)"). Other lines as they were; the
// reports unchanged when the symbolizer fails. Only addresses are taken from the
// children's reports.
std::vector<std::string> symbolize_reports(std::vector<std::string> reports,
                                           const std::filesystem::path& exe,
                                           const std::string& symbolizer);

// FNV-1a 64 of the file's bytes, as 16 hex digits ("" if unreadable): tells attempts apart.
std::string hash_file(const std::filesystem::path& file);
std::string hash_text(std::string_view text);

// A path as the user should read it: relative to the current directory when inside it.
std::string display_path(const std::filesystem::path& p);

}  // namespace kata::attempt
