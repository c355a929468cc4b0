// Running an attempt: the child started case by case under the sandbox's limits, and
// what it answered, or how it died, judged (attempt.hpp, "Running").
#include "kata/attempt/attempt.hpp"

#include <elf.h>
#include <signal.h>

#include <algorithm>
#include <cmath>
#include <cstring>  // memcmp
#include <fstream>
#include <map>

#include <kata/attempt/sandbox.hpp>
#include <kata/judge/interleave.hpp>
#include <kata/judge/report.hpp>

#include "toolchain.hpp"

extern char** environ;

namespace kata::attempt {

using namespace judge;  // the attempt room works in the judge's terms

namespace fs = std::filesystem;
using toolchain::unique_suffix;
using toolchain::write_file_atomically;

namespace {

// The file the runner reads its cases from (attempt_child.cpp has the protocol):
// line 1 {"report": [argument indices]}, then one case input a line.
void write_cases(const fs::path& file, const std::vector<int>& report,
                 const std::vector<const Json*>& inputs) {
  std::string text = json_to_text(Json{{"report", report}}) + "\n";
  for (const Json* in : inputs) text += json_to_text(*in) + "\n";
  write_file_atomically(file, text);
}

// A file (or a directory and all in it) removed when this goes out of scope.
struct TempFile {
  fs::path path;
  ~TempFile() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

CaseResult base_result(const Case& c) {
  CaseResult r;
  r.name = c.name;
  r.input = c.input;
  r.expected = c.expected;
  r.file = c.file;
  r.line = c.line;
  return r;
}

std::string mib(std::size_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// The memory an executable's loadable segments take once mapped (its code, data
// and zero-filled globals: the sum of the ELF PT_LOAD segments' sizes in memory),
// or 0 when the file cannot be read as a 64-bit ELF. A global array larger than
// the memory limit makes exec itself fail; this names it before that happens.
std::size_t static_memory_bytes(const fs::path& exe) {
  std::ifstream in(exe, std::ios::binary);
  Elf64_Ehdr eh{};
  if (!in.read(reinterpret_cast<char*>(&eh), sizeof eh) ||
      std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64 ||
      eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum > 256)
    return 0;
  std::size_t total = 0;
  for (int i = 0; i < eh.e_phnum; ++i) {
    Elf64_Phdr ph{};
    in.seekg(static_cast<std::streamoff>(eh.e_phoff + static_cast<std::uint64_t>(i) * sizeof ph));
    if (!in.read(reinterpret_cast<char*>(&ph), sizeof ph)) return 0;
    if (ph.p_type == PT_LOAD) total += static_cast<std::size_t>(ph.p_memsz);
  }
  return total;
}

// A text member of a line the child wrote, safe to print (report.hpp, printable);
// empty when it is missing or not a string.
std::string child_text(const Json& line, const char* key) {
  auto it = line.find(key);
  return it != line.end() && it->is_string() ? printable(it->get<std::string>()) : std::string();
}

// How deep a result line may nest (an answer 200,000 arrays deep would overflow
// kata's stack in parsing, comparing and printing it); LeetCode's deepest answers
// are three arrays.
constexpr int kMaxAnswerDepth = 256;

// The depth of the deepest array or object in JSON text (strings skipped), without
// parsing it.
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

// How much of the attempt's output (stdout and stderr, all cases of one child) is
// kept to show under the cases that printed it.
constexpr std::size_t kKeptOutput = 1u << 20;

// What a case may run beyond the time its call reported before the parent's own
// measure of it counts instead (decoding a 10^5-element case costs a few ms).
constexpr double kMeasureSlack = 0.1;

// Processes and threads an isolated attempt may run at once (the runner's own
// thread included), as LeetCode caps them. A concurrency problem's harness starts
// a thread per caller (Building H2O: 60), and ThreadSanitizer one of its own.
constexpr int kMaxTasks = 64;
constexpr int kMaxConcurrencyTasks = 256;

struct ChildLimits {
  int max_tasks = kMaxTasks;
  int time_limit_ms = 0;
  std::size_t memory_bytes = 0;
  std::size_t output_bytes = 0;  // stdout+stderr, and any one file it writes (RLIMIT_FSIZE)
};

// Judges one result line of the child with judge_case(), replaying what the child did.
// `measured` is the child's CPU time from its previous answer to this one, read by
// the parent: it includes decoding the case, and a constructor or static
// initialisers for the first case. The child's own `seconds` times the call alone
// and is the case's time, unless the parent saw more than kMeasureSlack beyond it:
// then the parent's figure (less the slack) stands, so that a child that
// understates its time still meets the limit.
CaseResult judge_line(const ProblemMeta& meta, const Case& c, const Json& line, double measured,
                      const Checker& checker, const ChildLimits& lim) {
  std::string kind = child_text(line, "error");
  std::string message = child_text(line, "message");
  if (kind == "memory") {
    CaseResult r = base_result(c);
    r.verdict = Verdict::MLE;
    r.message = "memory limit exceeded: more than " + mib(lim.memory_bytes) + " (std::bad_alloc)";
    return r;
  }
  Invoker replay = [&](const Json&, const CallOptions&) -> Outcome {
    if (kind == "input") throw InputError(message);
    if (kind == "output") throw OutputError(message);
    if (kind == "exception") throw std::runtime_error(message);
    if (kind == "tasks")
      throw std::runtime_error(message + " (too many processes or threads: at most " +
                               std::to_string(lim.max_tasks) + " run at once)");
    if (kind == "foreign") throw 0;
    // Only ever a failing verdict (TLE), so the child's word for it can stand.
    if (kind == "stuck") throw interleave::Stuck(message);
    Outcome out;
    out.answer = line.value("answer", Json());
    if (auto it = line.find("after"); it != line.end() && it->is_array())
      out.args_after.assign(it->begin(), it->end());
    const Json& said = line.contains("seconds") ? line["seconds"] : Json();
    double reported = said.is_number() && said.get<double>() >= 0 ? said.get<double>() : 0.0;
    out.seconds = std::max(reported, measured - kMeasureSlack);
    return out;
  };
  return judge_case(meta, c, replay, checker, lim.time_limit_ms);
}

// The sanitizers' options: halt at the first report, written to its own file
// (log_path: PREFIX.PID), unsymbolized: to name a frame's line a sanitizer forks the
// child and starts the symbolizer from the copy, which took over a second per report
// in the sandbox; the parent names them all afterwards (symbolize_reports).
std::vector<std::string> sanitizer_env(const fs::path& report_prefix) {
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) env.emplace_back(*e);
  const std::string common = ":log_path=" + report_prefix.string() + ":symbolize=0";
  env.push_back(
      "ASAN_OPTIONS=detect_leaks=0:handle_abort=1:abort_on_error=0:"
      "detect_stack_use_after_return=1:halt_on_error=1" +
      common);
  env.push_back("UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" + common);
  // A concurrency problem's runner (ThreadSanitizer): the first race ends the child.
  // Not its lock-order check (detect_deadlocks=0): it reports a cycle in the order
  // locks were ever taken, which a correct solution may have (the dining
  // philosophers with four seats take their forks left then right, and the seats
  // keep the cycle from closing). A deadlock that happens is the perturbed runs'
  // to find, and a TLE named as one.
  env.push_back("TSAN_OPTIONS=halt_on_error=1:report_signal_unsafe=0:detect_deadlocks=0" + common);
  return env;
}

// The report a sanitized child wrote before it died, if any (and the file removed):
// the sanitizers name it <log_path>.<pid>, the pid as the child saw it, in a
// directory of the run's own.
std::string take_report(const fs::path& dir) {
  std::string text;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    text += toolchain::read_file(e.path());
    fs::remove(e.path(), ec);
  }
  return text;
}

// The verdict of the case that was running when the child ended without answering it.
CaseResult death_result(const Case& c, const sandbox::Exit& ex, const std::optional<Json>& note,
                        const ChildLimits& lim) {
  CaseResult r = base_result(c);
  r.verdict = Verdict::RE;
  std::string note_kind = note ? child_text(*note, "note") : std::string();
  bool near_limit = static_cast<std::size_t>(ex.max_rss_kb) * 1024 >= lim.memory_bytes / 10 * 9;
  if (ex.memory_exceeded) {
    r.verdict = Verdict::MLE;
    r.message = "memory limit exceeded: more than " + mib(lim.memory_bytes) + " in use (" +
                std::to_string(ex.peak_resident_kb >> 10) + " MiB, measured by kata)";
  } else if (ex.timed_out || ex.signal == SIGXCPU) {
    r.verdict = Verdict::TLE;
    r.time_ms = lim.time_limit_ms;
    r.message = ex.timed_out ? "did not finish within the time limit of " +
                                   std::to_string(lim.time_limit_ms) + " ms"
                             : "used up its CPU time (SIGXCPU)";
  } else if (note_kind == "memory") {
    r.verdict = Verdict::MLE;
    r.message = "memory limit exceeded: more than " + mib(lim.memory_bytes) + " (std::bad_alloc)";
  } else if (ex.signal == SIGXFSZ && ex.output_size >= lim.output_bytes) {
    r.message = "output limit exceeded: the attempt wrote more than " + mib(lim.output_bytes) +
                " to stdout/stderr (SIGXFSZ)";
  } else if (ex.signal == SIGXFSZ) {
    r.message = "file size limit exceeded: a file the attempt wrote passed " +
                mib(lim.output_bytes) + " (SIGXFSZ)";
  } else if (note_kind == "stack_overflow") {
    r.message = "SIGSEGV: stack overflow (the recursion went deeper than the stack allows)";
  } else if (note_kind == "null_pointer" && ex.signal == SIGSEGV) {
    // Whatever the memory in use: a fault in the first page is no allocation failing.
    r.message = "SIGSEGV: null pointer dereference (a pointer or a member read through nullptr)";
  } else if (note_kind == "exception") {
    r.message = "uncaught exception: " + child_text(*note, "message");
  } else if (ex.signal && near_limit &&
             (ex.signal == SIGKILL || ex.signal == SIGSEGV || ex.signal == SIGABRT ||
              ex.signal == SIGBUS)) {
    r.verdict = Verdict::MLE;
    r.message = "memory limit exceeded: " + sandbox::signal_name(ex.signal) + " at " +
                std::to_string(ex.max_rss_kb >> 10) + " MiB";
  } else if (ex.signal) {
    r.message =
        sandbox::signal_name(ex.signal) + " (" + sandbox::signal_description(ex.signal) + ")";
  } else {
    r.message = "exited with status " + std::to_string(ex.code) +
                " before the case finished (exit() called in the middle of a case?)";
  }
  return r;
}

}  // namespace

std::vector<CaseResult> run_cases(const Build& build, const ProblemMeta& meta,
                                  const std::vector<Case>& cases, const Checker& checker,
                                  const AttemptOptions& opts, RunNotes* notes) {
  RunNotes local;
  RunNotes& n = notes ? *notes : local;
  const bool sanitized = build.kind == BuildKind::sanitized;
  ChildLimits lim;
  if (meta.kind == ProblemMeta::Kind::concurrency) lim.max_tasks = kMaxConcurrencyTasks;
  lim.time_limit_ms =
      opts.time_limit_ms.value_or(meta.time_limit_ms) * (sanitized ? kSanitizedSlowdown : 1);
  lim.memory_bytes = static_cast<std::size_t>(meta.memory_limit_mb) << 20;
  lim.output_bytes = opts.output_limit;
  const std::size_t runner_own = 64u << 20;  // the runner's JSON and libraries, not the attempt's
  std::vector<std::optional<CaseResult>> results(cases.size());
  // Globals past the memory limit: MLE at once, as LeetCode's judge reports it.
  if (std::size_t fixed = sanitized ? 0 : static_memory_bytes(build.exe);
      fixed > lim.memory_bytes && !cases.empty()) {
    CaseResult r = base_result(cases.front());
    r.verdict = Verdict::MLE;
    r.message = "memory limit exceeded: the attempt's code and global variables alone take " +
                mib(fixed) + ", more than the limit of " + mib(lim.memory_bytes);
    n.not_run = static_cast<int>(cases.size() - 1);
    n.stopped_at_limit = true;
    return {std::move(r)};
  }
  std::vector<std::size_t> runnable;
  std::vector<const Json*> inputs;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (cases[i].error) {
      results[i] = judge_case(meta, cases[i], Invoker(), checker, lim.time_limit_ms);
    } else {
      runnable.push_back(i);
      inputs.push_back(&cases[i].input);
    }
  }
  fs::create_directories(opts.toolchain.cache_dir);
  TempFile file{opts.toolchain.cache_dir / ("cases-" + unique_suffix() + ".jsonl")};
  write_cases(file.path, call_options(meta).report_args, inputs);
  // Sanitizer reports go to a directory of this run's (the only one an isolated
  // child can write, seen inside as /out), never to the attempt's output.
  TempFile reports{opts.toolchain.cache_dir / ("sanitizer-" + unique_suffix())};
  if (sanitized) fs::create_directories(reports.path);
  const bool isolated = sandbox::isolation().available;
  const std::string report_prefix =
      isolated ? std::string("/out/report") : (reports.path / "report").string();
  // Watchdogs per case: CPU time (the limit and half again: the verdict itself uses
  // the call's own CPU time, reported by the child) and wall time (for sleepers).
  const auto per_case_cpu = std::chrono::milliseconds(lim.time_limit_ms * 3 / 2 + 250);
  const auto per_case = std::chrono::milliseconds(lim.time_limit_ms * 3 + 1000);

  bool stopped = false;
  std::vector<std::pair<std::size_t, std::string>> raw_reports;  // case, report as written
  for (std::size_t from = 0; from < runnable.size() && !stopped;) {
    std::map<std::size_t, Json> answered;
    std::map<std::size_t, double>
        measured;  // each answered case's CPU seconds, as the parent saw them
    std::optional<Json> note;
    std::string broken;  // how the child broke the protocol, if it did
    std::size_t current = from;
    std::chrono::nanoseconds cpu_before{0};  // the child's CPU time at its previous answer
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> printed;  // each case's output bytes
    std::size_t output_before = 0;  // how much the child had printed at its previous answer
    auto case_deadline = sandbox::Clock::now() + per_case + std::chrono::seconds(1);
    // The child's lines are answers, in order, one per case, each once, and at most
    // one note before it dies; anything else ends it (see ProtocolBreach below).
    auto on_line = [&](std::string_view text, const sandbox::LineInfo& info) -> sandbox::LineReply {
      const auto cpu = info.child_cpu;
      auto breach = [&](std::string why) {
        broken = std::move(why);
        return sandbox::LineReply{case_deadline, false, true};
      };
      if (nesting_depth(text) > kMaxAnswerDepth)
        return breach("an answer nested more than " + std::to_string(kMaxAnswerDepth) + " deep");
      Json j = json_from_text(text).value_or(Json());
      if (!j.is_object()) return breach("a line that is not one JSON object");
      if (j.contains("note") && !j.contains("case")) {
        if (note) return breach("a second note");
        note = std::move(j);
        return {case_deadline, false};  // a note is not progress: the watchdogs run on
      }
      auto it = j.find("case");
      if (it == j.end() || !it->is_number_unsigned() || it->get<std::size_t>() != current)
        return breach("an answer for " +
                      (it != j.end() && it->is_number_unsigned()
                           ? "case " + std::to_string(it->get<std::size_t>() + 1)
                           : std::string("no case")) +
                      " while case " + std::to_string(current + 1) + " was running");
      if (current >= runnable.size()) return breach("an answer after the last case");
      measured[current] = std::chrono::duration<double>(cpu - cpu_before).count();
      cpu_before = cpu;
      // The runner flushes the attempt's streams before each answer and says how much
      // they hold (attempt_child.cpp): what was printed since the previous answer is
      // this case's. The parent reads lines late, so its own figure may already
      // include later cases' output; it only bounds the child's (which can at worst
      // mislabel the attempt's own output).
      std::size_t upto = info.output_bytes;
      if (auto p = j.find("printed"); p != j.end() && p->is_number_unsigned())
        upto = std::clamp<std::size_t>(p->get<std::size_t>(), output_before, info.output_bytes);
      printed[current] = {output_before, upto};
      output_before = upto;
      // A limit the child reports itself (a concurrency run stuck, memory out) ends
      // the judging, as LeetCode stops at a TLE or MLE: the child need not go on
      // through cases nobody will read.
      const std::string error = child_text(j, "error");
      const bool limit = error == "stuck" || error == "memory";
      answered[current++] = std::move(j);
      note.reset();
      case_deadline = sandbox::Clock::now() + per_case;
      return {case_deadline, true, limit};
    };
    sandbox::Spec spec;
    spec.argv = {build.exe.string(), "/proc/self/fd/4", "3", std::to_string(from)};
    spec.inputs = {file.path.string()};
    spec.isolate = true;
    spec.max_tasks = lim.max_tasks;
    if (sanitized) spec.writable = reports.path.string();
    spec.channel = true;
    spec.cpu_per_line = per_case_cpu;
    spec.limits.stack_bytes = opts.stack_bytes;
    // A sanitized child has no data limit: ASan's shadow needs the address space.
    spec.limits.data_bytes = sanitized ? 0 : lim.memory_bytes + runner_own;
    // ... and the memory it touches, shared mappings and threads' included, as the
    // parent reads it (the runner's own share is small: runner_own bounds it).
    spec.limits.resident_bytes = sanitized ? 0 : lim.memory_bytes + runner_own;
    if (sanitized) {
      spec.argv.push_back("--sanitized");
      spec.env = sanitizer_env(report_prefix);
    }
    if (opts.interleave_base) {
      if (spec.env.empty())
        for (char** e = environ; e && *e; ++e) spec.env.emplace_back(*e);
      std::erase_if(spec.env, [](const std::string& e) {
        return e.rfind("KATA_INTERLEAVE_BASE=", 0) == 0;
      });
      spec.env.push_back("KATA_INTERLEAVE_BASE=" + std::to_string(*opts.interleave_base));
    }
    spec.limits.output_bytes = opts.output_limit;
    spec.keep_output = kKeptOutput;
    spec.cpu_total = std::chrono::milliseconds(static_cast<long long>(
        std::ceil(static_cast<double>(runnable.size() - from) * lim.time_limit_ms * 3 / 2.0) +
        2000));
    // The first case also pays for starting the process: one more second.
    auto ex = sandbox::run(spec, case_deadline, on_line);
    ++n.children;
    if (n.output.empty() && !ex.output.empty()) n.output = ex.output;
    std::string report = sanitized ? take_report(reports.path) : std::string();
    // A case's output, from what the sandbox kept of the child's.
    auto output_of = [&](CaseResult& r, std::size_t begin, std::size_t end) {
      if (begin >= end) return;
      if (begin < ex.output.size())
        r.output = ex.output.substr(begin, std::min(end, ex.output.size()) - begin);
      r.output_cut = end > ex.output.size();
    };
    for (const auto& [pos, line] : answered) {
      auto r = judge_line(meta, cases[runnable[pos]], line, measured[pos], checker, lim);
      output_of(r, printed[pos].first, printed[pos].second);
      bool limit = r.verdict == Verdict::MLE || r.verdict == Verdict::TLE;
      results[runnable[pos]] = std::move(r);
      if (limit) {  // reported by the child itself (bad_alloc, a call over its time)
        n.not_run = static_cast<int>(runnable.size() - pos - 1);
        for (std::size_t later = pos + 1; later < runnable.size(); ++later)
          results[runnable[later]].reset();
        stopped = n.stopped_at_limit = true;
        break;
      }
    }
    if (stopped) break;
    if (!broken.empty() || ex.line_too_long) {
      // Nothing after the breach can be trusted: the case it happened in is RE and
      // no later case is judged, so the run cannot pass.
      if (current < runnable.size()) {
        CaseResult r = base_result(cases[runnable[current]]);
        r.verdict = Verdict::RE;
        r.message =
            "broke the judge's protocol: the attempt wrote " +
            (ex.line_too_long ? "a result line longer than " + mib(spec.max_line_bytes) : broken) +
            " on the judge's channel";
        output_of(r, output_before, ex.output_size);
        results[runnable[current]] = std::move(r);
        n.not_run = static_cast<int>(runnable.size() - current - 1);
      } else {
        n.not_run = 0;
      }
      n.protocol_broken = true;
      stopped = n.stopped_at_limit = true;
      break;
    }
    if (current >= runnable.size()) break;  // every case answered (a crash at exit is no case's)
    CaseResult r = death_result(cases[runnable[current]], ex, note, lim);
    output_of(r, output_before, ex.output_size);  // what it printed before it died
    bool stack_overflow = note && child_text(*note, "note") == "stack_overflow";
    if (std::string trimmed = trim_sanitizer_report(report, build.attempt); !trimmed.empty()) {
      r.verdict = Verdict::RE;
      r.message = std::move(trimmed);  // until its frames are named, below
      raw_reports.emplace_back(runnable[current], std::move(report));
    } else if (r.verdict == Verdict::TLE || r.verdict == Verdict::MLE || ex.signal == SIGXFSZ ||
               stack_overflow) {
      n.not_run = static_cast<int>(runnable.size() - current - 1);
      stopped = n.stopped_at_limit = true;
    }
    results[runnable[current]] = std::move(r);
    from = current + 1;
  }

  // The reports' frames named all at once (one symbolizer process), then cut to the
  // attempt's lines.
  if (!raw_reports.empty()) {
    std::vector<std::string> texts;
    for (auto& [i, text] : raw_reports) texts.push_back(std::move(text));
    texts = symbolize_reports(std::move(texts), build.exe, opts.toolchain.symbolizer);
    for (std::size_t k = 0; k < texts.size(); ++k) {
      const std::size_t i = raw_reports[k].first;
      results[i]->message = trim_sanitizer_report(texts[k], build.attempt);
      n.reports[i] = results[i]->message;
    }
  }

  std::vector<CaseResult> out;
  for (auto& r : results) {
    if (!r) break;  // only cases after a limit stop are absent
    out.push_back(std::move(*r));
  }
  return out;
}

}  // namespace kata::attempt
