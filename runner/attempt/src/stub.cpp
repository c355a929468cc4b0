// Attempt stubs and the practice folder's compile_commands.json.
#include "kata/attempt/stub.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string_view>

#include <unistd.h>  // getpid

namespace kata::attempt {

using namespace judge;  // the attempt room works in the judge's terms

namespace fs = std::filesystem;

namespace {

// definitions.hpp's lines from this one on are kata's own, not LeetCode's block.
constexpr std::string_view kKataOnly = "// -- kata --";

std::string params_text(const std::vector<Param>& params) {
  std::string s;
  for (const auto& p : params) {
    if (!s.empty()) s += ", ";
    s += p.type + " " + p.name;
  }
  return s;
}

void method_text(std::string& out, const MethodSpec& m) {
  out += "    " + signature_line(m) + " {\n";
  if (m.returns != "void") out += "        return {};\n";
  out += "    }\n";
}

}  // namespace

std::string attempt_stub(const ProblemMeta& meta) {
  std::string s = "// Time:  O(?)\n// Space: O(?)\n";
  s += "// " + std::to_string(meta.id) + ". " + meta.title + " (" + meta.difficulty + ")";
  if (!meta.url.empty()) s += ": " + meta.url;
  s += "\n";
  // The problem's own types, shown as LeetCode shows them: commented out above the
  // class, since kata declares them (definitions.hpp).
  if (!meta.definitions.empty()) {
    std::ifstream in(meta.definitions);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    text = text.substr(0, text.find(kKataOnly));
    while (!text.empty() && text.back() == '\n') text.pop_back();
    s += "\n/*\n" + text + "\n*/\n";
  }
  s += "\nclass " + meta.class_name + " {\npublic:\n";
  if (meta.has_class()) {
    s += "    " + meta.class_name + "(" + params_text(meta.constructor) + ") {\n    }\n";
    for (const auto& m : meta.methods) {
      s += "\n";
      method_text(s, m);
    }
  } else {
    method_text(s, meta.method);
  }
  s += "};\n";
  return s;
}

void write_compile_commands(const fs::path& dir, const Toolchain& tc, const Catalog* catalog) {
  std::string prelude;
  for (const auto& inc : tc.include_dirs)
    if (fs::exists(fs::path(inc) / "kata" / "prelude.hpp"))
      prelude = (fs::path(inc) / "kata" / "prelude.hpp").string();
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".cpp") files.push_back(fs::absolute(e.path()));
  std::sort(files.begin(), files.end());
  Json all = Json::array();
  for (const auto& f : files) {
    Json args = Json::array({tc.compiler});
    for (const auto& flag : tc.flags) args.push_back(flag);
    for (const auto& inc : tc.include_dirs) args.push_back("-I" + inc);
    if (!prelude.empty()) args.insert(args.end(), {"-include", prelude});
    // SLUG.cpp of a problem with its own types sees them as its runner does.
    if (const Problem* p = catalog ? catalog->find(f.stem().string()) : nullptr;
        p && !p->meta.definitions.empty())
      args.insert(args.end(), {"-include", fs::absolute(p->meta.definitions).string()});
    args.insert(args.end(), {"-c", f.string(), "-o", "/dev/null"});
    all.push_back(
        {{"directory", fs::absolute(dir).string()}, {"file", f.string()}, {"arguments", args}});
  }
  fs::path out = dir / "compile_commands.json";
  fs::path tmp = out;
  tmp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream o(tmp, std::ios::trunc);
    o << json_to_text(all, 2) << "\n";
  }
  fs::rename(tmp, out, ec);
}

}  // namespace kata::attempt
