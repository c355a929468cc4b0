// kata debug: the debug runner, its case and the gdb script (debug.hpp has the design).
#include "kata/attempt/debug.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>

#include <kata/judge/json.hpp>
#include <kata/judge/judge.hpp>

#include "toolchain.hpp"

namespace kata::attempt {

namespace fs = std::filesystem;
using toolchain::read_file;
using toolchain::write_file_atomically;

namespace {

// A word for the shell that gdb's `run` line goes through: single-quoted.
std::string shell_word(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string case_label(const Case& c) {
  return c.name.empty() ? std::string("the case") : "case \"" + c.name + "\"";
}

std::string script_text(const ProblemMeta& meta, const Case& c, const DebugPlan& plan, bool batch) {
  std::string where = meta.has_class()
                          ? "a method of " + meta.class_name
                          : meta.class_name + "::" + meta.method.name;
  std::string s = "# Written by kata debug for " + meta.slug + ": stops in " + where + " on " +
                  case_label(c) +
                  ".\n"
                  "set pagination off\n"
                  "set confirm off\n"
                  "set print pretty on\n"
                  "set breakpoint pending on\n" +
                  breakpoint_command(meta) + "\n";
  if (!batch)
    s += "echo \\nkata: running " + case_label(c) + " of " + meta.slug + "; it stops in " + where +
         ".\\n\n" +
         "echo kata: info args, next, step, print EXPR, finish, continue; quit ends.\\n\\n\n";
  // The runner's protocol (attempt_child.cpp): CASES_FILE RESULT_FD FROM.
  s += "run " + shell_word(plan.cases.string()) + " 3 0 3>" + shell_word(plan.answer.string()) +
       "\n";
  if (batch) s += "info args\ndelete\ncontinue\n";
  return s;
}

}  // namespace

std::string breakpoint_command(const ProblemMeta& meta) {
  if (meta.has_class()) return "rbreak ^" + meta.class_name + "::";
  return "break " + meta.class_name + "::" + meta.method.name;
}

DebugPlan prepare_debug(const ProblemMeta& meta, const fs::path& attempt, const Case& c,
                        const fs::path& dir, bool batch, const Toolchain& tc) {
  DebugPlan plan;
  plan.build = build_attempt(meta, attempt, BuildKind::debug, tc);
  if (!plan.build.ok) return plan;
  fs::create_directories(dir);
  plan.runner = dir / meta.slug;
  plan.cases = dir / (meta.slug + ".case");
  plan.answer = dir / (meta.slug + ".answer");
  plan.script = dir / (meta.slug + ".gdb");
  // A copy, not a link: the cache may prune the runner while the editor still names it.
  fs::path tmp = plan.runner;
  tmp += ".tmp";
  fs::copy_file(plan.build.exe, tmp, fs::copy_options::overwrite_existing);
  fs::rename(tmp, plan.runner);
  const judge::Json report = judge::call_options(meta).report_args;
  write_file_atomically(plan.cases, judge::json_to_text(judge::Json{{"report", report}}) + "\n" +
                                        judge::json_to_text(c.input) + "\n");
  std::error_code ec;
  fs::remove(plan.answer, ec);  // an answer from an earlier run must not be read as this one's
  write_file_atomically(plan.script, script_text(meta, c, plan, batch));
  plan.command = {"gdb", "-q"};
  if (batch) plan.command.push_back("-batch");
  plan.command.insert(plan.command.end(), {"-x", plan.script.string(), plan.runner.string()});
  return plan;
}

std::optional<fs::path> find_program(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  for (std::size_t from = 0; from <= dirs.size();) {
    std::size_t end = dirs.find(':', from);
    if (end == std::string::npos) end = dirs.size();
    fs::path candidate = fs::path(dirs.substr(from, end - from)) / name;
    if (end > from && ::access(candidate.c_str(), X_OK) == 0) return candidate;
    from = end + 1;
  }
  return std::nullopt;
}

int run_debugger(const std::vector<std::string>& command) {
  if (command.empty()) return 127;
  struct sigaction ignore {
  }, old_int{}, old_quit{};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  pid_t pid = ::fork();
  if (pid == 0) {
    // An ignored signal stays ignored across exec: gdb must get Ctrl-C again.
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    std::vector<char*> argv;
    for (const auto& a : command) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  if (pid > 0)
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  if (pid < 0) return 127;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

DebugAnswer read_debug_answer(const fs::path& answer_file) {
  DebugAnswer a;
  const std::string text = read_file(answer_file);
  std::optional<judge::Json> line = judge::json_from_text(text.substr(0, text.find('\n')));
  if (!line || !line->is_object()) return a;
  if (line->contains("answer")) {
    a.present = true;
    a.answer = (*line)["answer"];
  } else if (line->contains("error")) {
    a.present = true;
    a.error = line->value("message", line->value("error", ""));
  }
  return a;
}

namespace {
fs::path failure_file(const fs::path& practice, const std::string& slug) {
  return practice / ".debug" / (slug + ".last-failure");
}
}  // namespace

void remember_failure(const fs::path& practice, const std::string& slug, const fs::path& attempt,
                      const std::string& case_name) {
  std::error_code ec;
  const fs::path file = failure_file(practice, slug);
  if (case_name.empty()) {
    fs::remove(file, ec);
    return;
  }
  try {
    fs::create_directories(file.parent_path());
    write_file_atomically(file, judge::json_to_text(judge::Json{
                                    {"attempt", fs::absolute(attempt).lexically_normal().string()},
                                    {"hash", hash_file(attempt)},
                                    {"case", case_name}}) +
                                    "\n");
  } catch (const std::exception&) {
    // Only a shortcut for kata debug, which judges again without it.
  }
}

std::optional<std::string> remembered_failure(const fs::path& practice, const std::string& slug,
                                              const fs::path& attempt) {
  const std::string text = read_file(failure_file(practice, slug));
  std::optional<judge::Json> j = judge::json_from_text(text.substr(0, text.find('\n')));
  if (!j || !j->is_object()) return std::nullopt;
  if (j->value("attempt", "") != fs::absolute(attempt).lexically_normal().string() ||
      j->value("hash", "") != hash_file(attempt) || j->value("case", "").empty())
    return std::nullopt;
  return j->value("case", "");
}

std::vector<fs::path> write_editor_files(const fs::path& practice,
                                         const std::string& kata_command) {
  std::vector<fs::path> written;
  const fs::path dir = practice / ".vscode";
  fs::create_directories(dir);
  const std::string task = "kata: build the debug runner for this file";
  const judge::Json tasks = {
      {"version", "2.0.0"},
      {"tasks", judge::Json::array({{{"label", task},
                                     {"type", "process"},
                                     {"command", kata_command},
                                     {"args", {"debug", "${fileBasenameNoExtension}", "--prepare"}},
                                     {"problemMatcher", judge::Json::array()}}})}};
  // The runner answers on stdout here (RESULT_FD 1), after what the attempt printed.
  const judge::Json launch = {
      {"version", "0.2.0"},
      {"configurations",
       judge::Json::array(
           {{{"name", "kata: debug this problem's case"},
             {"type", "cppdbg"},
             {"request", "launch"},
             {"program", "${workspaceFolder}/.debug/${fileBasenameNoExtension}"},
             {"args", {"${workspaceFolder}/.debug/${fileBasenameNoExtension}.case", "1", "0"}},
             {"cwd", "${workspaceFolder}"},
             {"MIMode", "gdb"},
             {"preLaunchTask", task},
             {"setupCommands", judge::Json::array({{{"description", "print containers readably"},
                                                    {"text", "-enable-pretty-printing"},
                                                    {"ignoreFailures", true}}})}}})}};
  for (const auto& [name, json] :
       {std::pair{"tasks.json", tasks}, std::pair{"launch.json", launch}}) {
    fs::path file = dir / name;
    std::error_code ec;
    if (fs::exists(file, ec)) continue;
    write_file_atomically(file, judge::json_to_text(json, 2) + "\n");
    written.push_back(file);
  }
  return written;
}

}  // namespace kata::attempt
