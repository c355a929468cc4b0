// Shared by the attempt tests: the catalog, each problem's cases, and each fixture
// judged once per test run (compiling is the slow part; the runner cache keeps it
// to once per build tree).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <kata/attempt/attempt.hpp>
#include <kata/attempt/references.hpp>
#include <kata/attempt/sandbox.hpp>
#include <kata/judge/catalog.hpp>

namespace kata::test {

namespace fs = std::filesystem;

inline const judge::Catalog& catalog() {
  static const judge::Catalog c = judge::load_catalog(fs::path(KATA_TEST_SOURCE_DIR) / "problems");
  return c;
}

// The problem if it is in the catalog and its reference module builds.
inline const judge::Problem* compiled_problem(const std::string& slug) {
  const auto* p = catalog().find(slug);
  if (!p || !attempt::reference_for(*p)) return nullptr;
  return p;
}

inline std::vector<judge::Case> problem_cases(const judge::Problem& p) {
  std::vector<judge::LoadError> errors;
  auto cases = judge::load_cases(p.cases_file(), p.meta, errors);
  judge::expand_generated(cases, p.meta, *attempt::reference_for(p));
  return cases;
}

inline fs::path fixture(const std::string& slug, const std::string& name) {
  return fs::path(KATA_ATTEMPT_FIXTURES) / slug / (name + ".cpp");
}

// "// expect: VERDICT [text the first failure's message contains]"
struct Expectation {
  std::string verdict, text;
};
inline Expectation expectation(const fs::path& file) {
  std::ifstream in(file);
  std::string first;
  std::getline(in, first);
  const std::string tag = "// expect: ";
  if (first.rfind(tag, 0) != 0) return {};
  std::string rest = first.substr(tag.size());
  auto space = rest.find(' ');
  if (space == std::string::npos) return {rest, ""};
  return {rest.substr(0, space), rest.substr(space + 1)};
}

// "// needs: isolation" on the second line: the verdict holds only where the
// attempt runs in its own namespaces (without them, the fixture would reach the
// machine: kill(-1) as root, files written in the tree).
inline bool needs_isolation(const fs::path& file) {
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);
  std::getline(in, line);
  return line.rfind("// needs: isolation", 0) == 0;
}

// What an attempt must not leave outside its sandbox, looked at before and after
// each fixture: the entries of the temporary folder, of the working folder and
// of the home; and the size of the practice log, which judging a fixture never
// writes. In the temporary folder, names other programs come and go by are not
// looked at: kata's own tests ("kata-*"), a compiler's ("cc*": a build running
// beside the tests) and mktemp's ("tmp.*").
struct Outside {
  std::set<std::string> entries;
  std::uintmax_t log_size = 0;
  static Outside now() {
    Outside o;
    std::error_code ec;
    for (const fs::path& dir : places())
      for (const auto& e : fs::directory_iterator(dir, ec)) {
        std::string name = e.path().filename().string();
        if (dir == fs::temp_directory_path() &&
            (name.rfind("kata-", 0) == 0 || name.rfind("cc", 0) == 0 || name.rfind("tmp.", 0) == 0))
          continue;
        o.entries.insert(e.path().string());
      }
    o.log_size = fs::file_size(log(), ec);
    return o;
  }
  static std::vector<fs::path> places() {
    std::vector<fs::path> out{fs::temp_directory_path(), fs::current_path()};
    if (const char* home = std::getenv("HOME"); home && *home) out.emplace_back(home);
    return out;
  }
  static fs::path log() {
    const char* env = std::getenv("KATA_LOG");
    return env && *env ? fs::path(env)
                       : fs::path(KATA_TEST_SOURCE_DIR) / "notes/practice-log.jsonl";
  }
};

// Whether this process judges the index-th of a long list of items (fixtures): ctest
// runs the list as N tests, each with KATA_SHARD=K/N, which takes the items K-1,
// K-1+N, K-1+2N, ... (tests/attempts/CMakeLists.txt). Unset, every item.
inline bool in_shard(std::size_t index) {
  const char* text = std::getenv("KATA_SHARD");
  unsigned k = 0, n = 0;
  if (!text || std::sscanf(text, "%u/%u", &k, &n) != 2 || n == 0 || k == 0 || k > n) return true;
  return index % n == k - 1;
}

// What judging each fixture left outside its sandbox ("PATH appeared", "the
// practice log grew"), recorded by judged().
inline std::vector<std::string>& left_outside(const std::string& slug, const std::string& name) {
  static std::map<std::string, std::vector<std::string>> found;
  return found[slug + "/" + name];
}

// The fixture judged as `kata test` judges it; with sanitize false, by the fast
// runner alone (`kata test --fast`).
inline const attempt::AttemptResult& judged(const std::string& slug, const std::string& name,
                                            bool sanitize = true) {
  static std::map<std::string, attempt::AttemptResult> memo;
  auto key = slug + "/" + name + (sanitize ? "" : " --fast");
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  const auto* p = compiled_problem(slug);
  const auto* ref = attempt::reference_for(*p);
  const Outside before = Outside::now();
  attempt::AttemptOptions options;
  options.sanitize = sanitize;
  auto r = attempt::judge_attempt(p->meta, fixture(slug, name), problem_cases(*p), ref->checker,
                                  options);
  const Outside after = Outside::now();
  std::error_code ec;
  for (const auto& e : after.entries)
    if (!before.entries.count(e) && fs::exists(e, ec))
      left_outside(slug, name).push_back(e + " appeared");
  if (after.log_size != before.log_size)
    left_outside(slug, name).push_back("the practice log grew");
  return memo.emplace(key, std::move(r)).first->second;
}

// The first case that is not AC (the CE "compile" case included).
inline const judge::CaseResult* first_failure(const attempt::AttemptResult& r) {
  for (const auto& c : r.result.cases)
    if (c.verdict != judge::Verdict::AC) return &c;
  return nullptr;
}

}  // namespace kata::test
