// See toolchain.hpp.
#include "toolchain.hpp"

#include <unistd.h>  // getpid

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include <kata/attempt/attempt.hpp>  // hash_text
#include <kata/attempt/attempt_config.hpp>  // KATA_SCHED_DIR
#include <kata/judge/json.hpp>

extern char** environ;

namespace kata::attempt::toolchain {

namespace fs = std::filesystem;
using judge::Json;
using judge::json_to_text;
using judge::Param;

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t end = s.find(';', start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return {};
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file_atomically(const fs::path& p, const std::string& text) {
  fs::path tmp = p;
  tmp += ".tmp." + unique_suffix();
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::rename(tmp, p);
}

std::string stamp(const fs::path& p) {
  std::error_code ec;
  auto size = fs::file_size(p, ec);
  auto time = fs::last_write_time(p, ec);
  return p.string() + ":" + std::to_string(ec ? 0 : size) + ":" +
         std::to_string(time.time_since_epoch().count());
}

namespace {

bool is_clang(const std::string& compiler) {
  return compiler.find("clang") != std::string::npos;
}

std::string pch_text(const fs::path& header) {
  std::string text = read_file(header);
  if (text.empty())
    throw std::runtime_error(header.string() + " is missing: rebuild kata (./kata does)");
  return text;
}

}  // namespace

fs::path Pch::file() const {
  std::string key = pch_text(header) + '\0' + compiler + '\0' + stamp(headers_stamp);
  for (const auto& f : flags) key += '\0' + f;
  for (const auto& dir : include_dirs) key += '\0' + dir;
  return cache_dir / ("pch-" + kind + "-" + hash_text(key)) /
         (header.filename().string() + (is_clang(compiler) ? ".pch" : ".gch"));
}

std::vector<std::string> Pch::arguments() const {
  const fs::path pch = file();
  fs::path copy = pch;
  copy.replace_extension();  // the header's copy beside it: GCC finds the .gch there
  return is_clang(compiler) ? std::vector<std::string>{"-include-pch", pch.string()}
                            : std::vector<std::string>{"-include", copy.string()};
}

void Pch::make_if_missing() const {
  const fs::path pch = file();
  fs::path copy = pch;
  copy.replace_extension();
  // One maker at a time in this process (`kata run` compiles modules on every
  // core); another process making the same one at once only wastes its time, as
  // each writes a temporary file and renames it.
  static std::mutex making;
  std::lock_guard lock(making);
  std::error_code ec;
  if (fs::exists(pch, ec)) return;
  const std::string folder = pch.parent_path().filename().string();
  for (fs::directory_iterator it(cache_dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::string other = it->path().filename().string();
    if (other.rfind("pch-" + kind + "-", 0) == 0 && other.size() == folder.size() &&
        other != folder)
      fs::remove_all(it->path(), ec);
  }
  fs::create_directories(pch.parent_path());
  // The copy is written once, by whoever comes first (a hard link fails where the
  // name exists): clang records the header's time in the PCH and refuses the PCH
  // once the header is newer, so a second maker must not rewrite it under a PCH
  // that a first maker has just made from it.
  if (!fs::exists(copy, ec)) {
    fs::path draft = copy;
    draft += ".tmp." + unique_suffix();
    write_file_atomically(draft, pch_text(header));
    fs::create_hard_link(draft, copy, ec);
    fs::remove(draft, ec);
  }
  fs::path tmp = pch;
  tmp += ".tmp." + unique_suffix();
  std::vector<std::string> argv{compiler};
  argv.insert(argv.end(), flags.begin(), flags.end());
  for (const auto& dir : include_dirs) argv.push_back("-I" + dir);
  if (is_clang(compiler)) argv.push_back("-fpch-instantiate-templates");
  argv.insert(argv.end(), {"-x", "c++-header", copy.string(), "-o", tmp.string()});
  auto ex = run_tool(argv);
  if (!ex.exited || ex.code != 0) {
    fs::remove(tmp, ec);
    throw std::runtime_error("cannot precompile " + header.string() + ":\n" + ex.output);
  }
  fs::rename(tmp, pch);
}

std::string unique_suffix() {
  static std::atomic<unsigned> counter{0};
  return std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1));
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  if (from.empty()) return;
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
}

std::string quoted(const std::string& s) {
  return json_to_text(Json(s));
}

namespace {

// "const vector<int>&" -> "vector<int>": a parameter type as the value it holds.
std::string decayed(std::string type) {
  if (type.rfind("const ", 0) == 0) type.erase(0, 6);
  while (!type.empty() && (type.back() == '&' || type.back() == ' ')) type.pop_back();
  return type;
}

std::string names_list(const std::vector<Param>& params) {
  std::string out;
  for (const auto& p : params) out += (out.empty() ? "" : ", ") + quoted(p.name);
  return out;
}

}  // namespace

std::vector<fs::path> sched_sources() {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(fs::path(KATA_SCHED_DIR) / "src", ec))
    if (e.path().extension() == ".cpp") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<fs::path> sched_files() {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(KATA_SCHED_DIR, ec))
    if (e.path().extension() == ".cpp" || e.path().extension() == ".hpp")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string binding_source(const ProblemMeta& meta, const std::string& cls_in,
                           const std::string& builder, const std::string& harness) {
  const std::string cls =
      meta.kind == ProblemMeta::Kind::concurrency ? harness + "<" + cls_in + ">" : cls_in;
  if (meta.kind == ProblemMeta::Kind::design) {
    std::string s = "kata::bind::design<" + cls;
    for (const auto& p : meta.constructor) s += ", " + decayed(p.type);
    s += ">(" + quoted(meta.class_name) + ", {\n";
    for (const auto& m : meta.methods)
      s += "    kata::bind::method<&" + cls + "::" + m.name + ">(" + quoted(m.name) + "),\n";
    return s + "})";
  }
  if (!builder.empty())
    return "kata::bind::function_built<&" + cls + "::" + meta.method.name + ", " + builder + ">({" +
           names_list(meta.input) + "})";
  return "kata::bind::function<&" + cls + "::" + meta.method.name + ">({" +
         names_list(meta.method.params) + "})";
}

sandbox::Exit run_tool(std::vector<std::string> argv, std::chrono::milliseconds cpu,
                       std::size_t data_bytes) {
  sandbox::Spec spec;
  spec.argv = std::move(argv);
  spec.keep_output = 1u << 20;
  spec.cpu_total = cpu;
  spec.limits.data_bytes = data_bytes;
  // The tool's temporary files (clang's object before it links, its crash
  // reproducers) go to a directory of this run's, removed after it: a compiler
  // killed at its limits leaves nothing behind in /tmp.
  std::error_code ec;
  fs::path tmp = fs::temp_directory_path(ec) / ("kata-tool-" + unique_suffix());
  fs::create_directories(tmp, ec);
  for (char** e = environ; e && *e; ++e)
    if (std::string_view(*e).rfind("TMPDIR=", 0) != 0) spec.env.emplace_back(*e);
  spec.env.push_back("TMPDIR=" + tmp.string());
  auto ex = sandbox::run(spec, sandbox::Clock::now() + std::chrono::minutes(5));
  fs::remove_all(tmp, ec);
  return ex;
}

namespace {

bool is_hex(std::string_view s) {
  return s.size() == 16 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// A runner and the files beside it: its generated unit and its sum.
void remove_runner(const fs::path& runner) {
  std::error_code ec;
  fs::remove(runner, ec);
  for (const char* extra : {".cpp", ".sum"}) {
    fs::path p = runner;
    p += extra;
    fs::remove(p, ec);
  }
}

}  // namespace

void bound_cache(const fs::path& dir, std::uintmax_t bytes) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> runners;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    for (std::string_view kind : {"-san", "-debug"})
      if (name.size() > kind.size() &&
          name.compare(name.size() - kind.size(), kind.size(), kind) == 0)
        name.resize(name.size() - kind.size());
    auto dash = name.rfind('-');
    if (dash == std::string::npos || !is_hex(std::string_view(name).substr(dash + 1))) continue;
    if (!e.is_regular_file(ec)) continue;
    runners.emplace_back(fs::last_write_time(e.path(), ec), e.path());
  }
  std::sort(runners.begin(), runners.end(), std::greater<>());
  std::uintmax_t total = 0;
  for (const auto& [time, runner] : runners) {
    total += fs::file_size(runner, ec);
    if (total > bytes) remove_runner(runner);
  }
}

void prune(const fs::path& dir, const std::string& prefix, const std::string& suffix,
           std::size_t keep) {
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> found;
  const std::size_t length = prefix.size() + 1 + 16 + suffix.size();
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.size() != length || name.rfind(prefix + "-", 0) != 0) continue;
    if (name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    if (!is_hex(std::string_view(name).substr(prefix.size() + 1, 16))) continue;
    found.emplace_back(fs::last_write_time(e.path(), ec), e.path());
  }
  std::sort(found.begin(), found.end(), std::greater<>());
  for (std::size_t i = keep; i < found.size(); ++i) remove_runner(found[i].second);
}

}  // namespace kata::attempt::toolchain
