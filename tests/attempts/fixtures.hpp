// Shared by the attempt tests: the catalog, each problem's cases, and each fixture
// judged once per test run (compiling is the slow part; the runner cache keeps it
// to once per build tree).
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <kata/attempt/attempt.hpp>
#include <kata/judge/catalog.hpp>
#include <kata/attempt/references.hpp>
#include <kata/attempt/sandbox.hpp>

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

inline const attempt::AttemptResult& judged(const std::string& slug, const std::string& name) {
  static std::map<std::string, attempt::AttemptResult> memo;
  auto key = slug + "/" + name;
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  const auto* p = compiled_problem(slug);
  const auto* ref = attempt::reference_for(*p);
  auto r = attempt::judge_attempt(p->meta, fixture(slug, name), problem_cases(*p), ref->checker);
  return memo.emplace(key, std::move(r)).first->second;
}

// The first case that is not AC (the CE "compile" case included).
inline const judge::CaseResult* first_failure(const attempt::AttemptResult& r) {
  for (const auto& c : r.result.cases)
    if (c.verdict != judge::Verdict::AC) return &c;
  return nullptr;
}

}  // namespace kata::test
