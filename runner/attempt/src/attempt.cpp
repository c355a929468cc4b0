// Judging an attempt: build it twice (fast and sanitized), run its cases in both, and
// turn every sanitizer report into an RE (attempt.hpp, "Sanitizers"). A concurrency
// problem's sanitized runner is ThreadSanitizer's.
#include "kata/attempt/attempt.hpp"

#include <algorithm>
#include <exception>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include "toolchain.hpp"

namespace kata::attempt {

using namespace judge;  // the attempt room works in the judge's terms

namespace fs = std::filesystem;
using toolchain::replace_all;

namespace {

// A frame's function (without its parameters) and place, from what follows "#N " in
// TSan's frames or "#N 0x.. in " in ASan's: "Foo::first(int) /path/a.cpp:12:7", with
// the module and build ID that may follow ("(runner+0x..) (BuildId: ..)") dropped.
std::pair<std::string, std::string> split_frame(std::string rest) {
  if (auto id = rest.rfind(" (BuildId: "); id != std::string::npos) rest.erase(id);
  if (!rest.empty() && rest.back() == ')')
    if (auto module = rest.rfind(" (");
        module != std::string::npos && rest.find("+0x", module) != std::string::npos)
      rest.erase(module);
  auto space = rest.rfind(' ');
  std::string where = space == std::string::npos ? rest : rest.substr(space + 1);
  std::string func = space == std::string::npos ? "" : rest.substr(0, space);
  // The parameters are the group that the last ')' closes ("f(int) const"); a '('
  // before it may be part of the name ("(anonymous namespace)::f").
  if (auto close = func.rfind(')'); close != std::string::npos) {
    int depth = 0;
    for (std::size_t i = close + 1; i-- > 0;) {
      depth += func[i] == ')' ? 1 : func[i] == '(' ? -1 : 0;
      if (depth == 0) {
        func.erase(i);
        break;
      }
    }
  }
  return {func, where};
}

// A ThreadSanitizer report, trimmed: its headline ("data race"), and for each
// access it names ("Write of size 4 at 0x.. by thread T2:") the access and its
// first frame in the attempt, or in anything when no frame is the attempt's. TSan's
// frames read "#0 Foo::first(std::function<void ()>) /path/a.cpp:12:7 (runner+0x..)",
// the first of each module with " (BuildId: ..)" after it.
std::string trim_thread_sanitizer_report(const std::vector<std::string>& lines, std::size_t at,
                                         const fs::path& attempt) {
  const std::string abs = attempt.string(), shown = display_path(attempt);
  std::string headline = lines[at].substr(lines[at].find("ThreadSanitizer:"));
  if (auto pid = headline.find(" (pid="); pid != std::string::npos) headline.erase(pid);
  std::string out = "sanitizer: " + headline;
  std::string access;  // the access whose stack is being read, until its frame is shown
  std::string fallback;
  for (std::size_t i = at + 1; i < lines.size() && lines[i].rfind("SUMMARY:", 0) != 0; ++i) {
    std::string l = lines[i];
    l.erase(0, std::min(l.size(), l.find_first_not_of(' ')));
    if (l.empty() || l.rfind("=====", 0) == 0) continue;
    if (l[0] != '#') {
      if (!access.empty() && !fallback.empty()) out += "\n  " + access + "\n    " + fallback;
      access.clear();
      fallback.clear();
      // Only the accesses ("Write of size 1 at 0x.. by thread T2:", "Previous read
      // ...", "Atomic ..."), not thread creation or "Location is heap block ...".
      if (l.find(" of size ") != std::string::npos && l.find(" by ") != std::string::npos &&
          l.rfind("Location", 0) != 0) {
        access = l;
        if (auto addr = access.find(" at 0x"); addr != std::string::npos) {
          auto by = access.find(" by ", addr);
          access.erase(addr, by == std::string::npos ? std::string::npos : by - addr);
        }
      }
      continue;
    }
    if (access.empty()) continue;
    const auto [func, where] = split_frame(l.substr(std::min(l.size(), l.find(' ') + 1)));
    std::string frame = "at " + func + " (" + where + ")";
    replace_all(frame, abs, shown);
    if (where.rfind(abs + ":", 0) == 0) {
      out += "\n  " + access + "\n    " + frame;
      access.clear();
      fallback.clear();
    } else if (fallback.empty()) {
      fallback = frame;
    }
  }
  if (!access.empty() && !fallback.empty()) out += "\n  " + access + "\n    " + fallback;
  return out;
}

}  // namespace

std::vector<std::string> symbolize_reports(std::vector<std::string> reports, const fs::path& exe,
                                           const std::string& symbolizer) {
  // "    #0 0x55d2c1e4ca0e  (/runner+0x12ca0e) (BuildId: ..)" as ASan and UBSan write
  // a frame they do not symbolize; "    #0 Foo::first(std::function<void ()>)
  // (runner+0x1024ba)", or with "<null>" where the names would be, as TSan does: a
  // frame of the runner (not of a shared library) without its line.
  static const std::regex bare(
      R"(^(\s*#\d+ )(.*?)(?: <null>)? \(([^()+ ]+)\+0x([0-9a-f]+)\)( \(BuildId: [0-9a-f]+\))?$)");
  static const std::regex located(R"(:\d+(:\d+)?$)");
  static const std::regex pc(R"(^0x[0-9a-f]+ *$)");
  if (symbolizer.empty()) return reports;
  struct Frame {
    std::size_t report, line;
    std::string number, said, module, offset;  // "    #3 ", what stands before the module
  };
  std::vector<std::vector<std::string>> lines(reports.size());
  std::vector<Frame> frames;
  std::vector<std::string> offsets;
  for (std::size_t r = 0; r < reports.size(); ++r) {
    if (reports[r].find('#') == std::string::npos) continue;
    std::istringstream in(reports[r]);
    for (std::string l; std::getline(in, l);) lines[r].push_back(l);
    for (std::size_t i = 0; i < lines[r].size(); ++i) {
      std::smatch m;
      if (!std::regex_match(lines[r][i], m, bare)) continue;
      if (fs::path(m[3].str()).filename().string().find(".so") != std::string::npos ||
          std::regex_search(m[2].str(), located))
        continue;
      frames.push_back({r, i, m[1].str(), m[2].str(), m[3].str(), m[4].str()});
      if (offsets.size() < 256) offsets.push_back("0x" + m[4].str());
    }
  }
  if (offsets.empty()) return reports;
  std::sort(offsets.begin(), offsets.end());
  offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
  // llvm-symbolizer and addr2line both take these: each address printed, then a
  // function and a "file:line[:column]" line for each inlined level, innermost first.
  // One process for every report of a run: each start reads the runner's debug
  // information again (about 0.1 s).
  std::vector<std::string> argv{symbolizer, "-a", "-f", "-C", "-i", "-e", exe.string()};
  argv.insert(argv.end(), offsets.begin(), offsets.end());
  const sandbox::Exit ex = toolchain::run_tool(argv, std::chrono::seconds(20));
  if (!ex.exited || ex.code != 0) return reports;
  std::map<unsigned long long, std::vector<std::pair<std::string, std::string>>> levels;
  {
    std::istringstream out(ex.output);
    unsigned long long address = 0;
    bool have = false;
    std::string function;
    for (std::string l; std::getline(out, l);) {
      if (l.empty()) continue;
      if (l.rfind("0x", 0) == 0) {
        address = std::stoull(l.substr(2), nullptr, 16);
        have = true;
        function.clear();
      } else if (have && function.empty()) {
        function = l;
      } else if (have) {
        if (auto d = l.find(" (discriminator"); d != std::string::npos) l.erase(d);
        if (l.rfind("??", 0) != 0) levels[address].emplace_back(function, l);
        function.clear();
      }
    }
  }
  // Each named frame in its sanitizer's own words, one line per inlined level: ASan's
  // "#N 0x.. in function file:line:column", TSan's "#N function file:line:column";
  // the module and offset kept after it.
  std::vector<std::map<std::size_t, std::string>> named(reports.size());
  for (const Frame& f : frames) {
    const auto found = levels.find(std::stoull(f.offset, nullptr, 16));
    if (found == levels.end()) continue;
    std::string prefix = f.number;
    if (std::regex_match(f.said, pc)) prefix += f.said.substr(0, f.said.find(' ')) + " in ";
    std::string text;
    for (const auto& [function, where] : found->second)
      text += prefix + function + " " + where + " (" + f.module + "+0x" + f.offset + ")\n";
    named[f.report][f.line] = std::move(text);
  }
  for (std::size_t r = 0; r < reports.size(); ++r) {
    if (named[r].empty()) continue;
    std::string out;
    for (std::size_t i = 0; i < lines[r].size(); ++i) {
      auto it = named[r].find(i);
      out += it == named[r].end() ? lines[r][i] + "\n" : it->second;
    }
    reports[r] = std::move(out);
  }
  return reports;
}

std::string trim_sanitizer_report(const std::string& output, const fs::path& attempt) {
  std::istringstream in(output);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].find("WARNING: ThreadSanitizer:") != std::string::npos)
      return trim_thread_sanitizer_report(lines, i, attempt);
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
  // The headline without the registers ASan adds to it ("... at pc 0x.. bp 0x.. sp 0x..").
  std::string headline = clean(lines[at]);
  if (auto regs = headline.find(" at pc 0x"); regs != std::string::npos) headline.erase(regs);
  std::string out = "sanitizer: " + headline;
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
    const auto [func, where] = split_frame(l.substr(l.find(" in ") + 4));
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
  // The sanitized runner compiles while the fast one compiles and then runs: each
  // compile is one process, so two cores do both in about the time of one.
  Build san;
  std::exception_ptr san_error;
  std::jthread sanitized_build;
  if (opts.sanitize)
    sanitized_build = std::jthread([&] {
      try {
        san = build_attempt(meta, attempt, BuildKind::sanitized, opts.toolchain);
      } catch (...) {
        san_error = std::current_exception();
      }
    });
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
  if (sanitized_build.joinable()) sanitized_build.join();
  if (san_error) std::rethrow_exception(san_error);  // a broken toolchain, not the attempt
  if (opts.sanitize && san.ok) {
    // The cases the fast run judged, less the one it stopped at (a limit there would
    // only be hit again, slower).
    std::size_t upto = results.size() - (a.notes.stopped_at_limit ? 1 : 0);
    std::vector<Case> judged(cases.begin(), cases.begin() + static_cast<std::ptrdiff_t>(upto));
    RunNotes san_notes;
    auto checked = run_cases(san, meta, judged, checker, opts, &san_notes);
    a.sanitized = true;
    // Not reached, or reached and stopped at the slower limits.
    a.unsanitized =
        static_cast<int>(upto - checked.size() + (san_notes.stopped_at_limit ? 1 : 0));
    for (const auto& [i, report] : san_notes.reports) {
      CaseResult& r = results[i];
      // A crash keeps its own words (the signal), the report says why; a case the
      // fast run passed or got wrong is an RE for the report alone.
      r.message = r.verdict == Verdict::RE ? r.message + "\n" + report : report;
      r.verdict = Verdict::RE;
      r.got.reset();
      r.got_explains = false;  // the report explains it now, and there is no answer to show
      if (a.sanitizer.empty()) a.sanitizer = report;
    }
    a.notes.reports = std::move(san_notes.reports);
  }
  int total = static_cast<int>(cases.size());
  a.result = summarize(meta.slug, std::move(results));
  a.result.total = total;
  return a;
}

}  // namespace kata::attempt
