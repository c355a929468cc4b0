// Judging an attempt: build it, run its cases, and when a case died of a signal, run
// that case again in a sanitized build for the report that names the line
// (attempt.hpp, "Sanitizers").
#include "kata/attempt/attempt.hpp"

#include <sstream>

#include <kata/attempt/sandbox.hpp>

#include "cases_file.hpp"
#include "toolchain.hpp"

extern char** environ;

namespace kata::attempt {

using namespace judge;  // the attempt room works in the judge's terms

namespace fs = std::filesystem;
using toolchain::replace_all;
using toolchain::unique_suffix;

std::string trim_sanitizer_report(const std::string& output, const fs::path& attempt) {
  std::istringstream in(output);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::size_t at = lines.size();
  for (std::size_t i = 0; i < lines.size() && at == lines.size(); ++i)
    if (lines[i].find("ERROR: AddressSanitizer") != std::string::npos ||
        lines[i].find("ERROR: UndefinedBehaviorSanitizer") != std::string::npos ||
        lines[i].find(": runtime error: ") != std::string::npos)
      at = i;
  if (at == lines.size()) return "";
  std::string abs = attempt.string();
  std::string shown = display_path(attempt);
  auto clean = [&](std::string l) {
    if (l.rfind("==", 0) == 0)
      if (auto p = l.find("== ", 2);
          p == std::string::npos && (p = l.find("==", 2)) != std::string::npos)
        l.erase(0, p + 2);
    if (l.rfind("ERROR: ", 0) == 0) l.erase(0, 7);
    replace_all(l, abs, shown);
    while (!l.empty() && l.front() == ' ') l.erase(0, 1);
    return l;
  };
  std::string out = "sanitizer: " + clean(lines[at]);
  std::vector<std::string> frames, other_frames;
  bool detail_taken = false;
  for (std::size_t i = at + 1; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    auto hash = l.find_first_not_of(' ');
    bool frame = hash != std::string::npos && l[hash] == '#' && l.find(" in ") != std::string::npos;
    if (!frame) {
      if (!frames.empty() || !other_frames.empty()) break;  // the first stack is over
      if (!detail_taken && !l.empty() && l.find("SUMMARY") == std::string::npos &&
          (l.find("of size") != std::string::npos || l.find("caused by") != std::string::npos)) {
        out += "\n  " + clean(l);
        detail_taken = true;
      }
      continue;
    }
    std::string rest = l.substr(l.find(" in ") + 4);
    auto space = rest.rfind(' ');
    std::string where = space == std::string::npos ? rest : rest.substr(space + 1);
    std::string func = space == std::string::npos ? "" : rest.substr(0, space);
    if (auto paren = func.find('('); paren != std::string::npos) func.erase(paren);
    std::string entry = "  at " + func + " (" + clean(where) + ")";
    if (where.rfind(abs + ":", 0) == 0)
      frames.push_back(entry);
    else if (other_frames.size() < 3)
      other_frames.push_back(entry);
  }
  const auto& shown_frames = frames.empty() ? other_frames : frames;
  for (std::size_t i = 0; i < shown_frames.size() && i < 5; ++i) out += "\n" + shown_frames[i];
  return out;
}

AttemptResult judge_attempt(const ProblemMeta& meta, const fs::path& attempt,
                            const std::vector<Case>& cases, const Checker& checker,
                            const AttemptOptions& opts) {
  AttemptResult a;
  a.build = build_attempt(meta, attempt, BuildKind::fast, opts.toolchain);
  if (!a.build.ok) {
    CaseResult r;
    r.name = "compile";
    r.verdict = Verdict::CE;
    r.message = a.build.error;
    r.file = display_path(a.build.attempt);
    a.result = summarize(meta.slug, {r});
    a.result.total = static_cast<int>(cases.size());
    return a;
  }
  auto results = run_cases(a.build, meta, cases, checker, opts, &a.notes);
  if (opts.sanitize_on_re && a.notes.first_signal_case >= 0) {
    CaseResult& bad = results[static_cast<std::size_t>(a.notes.first_signal_case)];
    Build san = build_attempt(meta, attempt, BuildKind::sanitized, opts.toolchain);
    if (san.ok) {
      TempFile file{opts.toolchain.cache_dir / ("cases-" + unique_suffix() + ".jsonl")};
      write_cases(file.path, call_options(meta).report_args, {&bad.input});
      sandbox::Spec spec;
      spec.argv = {san.exe.string(), file.path.string(), "3", "0", "--sanitized"};
      spec.channel = true;
      spec.limits.stack_bytes = opts.stack_bytes;
      spec.limits.output_bytes = 4u << 20;
      spec.keep_output = 256u << 10;
      for (char** e = environ; e && *e; ++e) spec.env.emplace_back(*e);
      const std::string symbolizer =
          ":allow_addr2line=1:external_symbolizer_path=" + opts.toolchain.symbolizer;
      spec.env.push_back(
          "ASAN_OPTIONS=detect_leaks=0:handle_abort=1:abort_on_error=0:"
          "detect_stack_use_after_return=0:halt_on_error=1" +
          symbolizer);
      spec.env.push_back("UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1" + symbolizer);
      int limit = opts.time_limit_ms.value_or(meta.time_limit_ms);
      auto ex = sandbox::run(
          spec, sandbox::Clock::now() + std::chrono::milliseconds(limit * 10 + 10000),
          [](std::string_view) { return sandbox::Clock::now() + std::chrono::seconds(30); });
      a.sanitizer = trim_sanitizer_report(ex.output, san.attempt);
      if (!a.sanitizer.empty()) bad.message += "\n" + a.sanitizer;
    }
  }
  int total = static_cast<int>(cases.size());
  a.result = summarize(meta.slug, std::move(results));
  a.result.total = total;
  return a;
}

}  // namespace kata::attempt
