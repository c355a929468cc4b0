// The shared context of the verbs.
#include "context.hpp"

#include <fmt/core.h>

#include <algorithm>

#include <kata/attempt/attempt.hpp>  // display_path
#include <kata/attempt/references.hpp>
#include <kata/attempt/sandbox.hpp>
#include <kata/judge/text.hpp>

namespace kata::cli {

const judge::Catalog& Context::catalog() {
  if (!catalog_) catalog_ = judge::load_catalog(judge::default_home() / "problems");
  return *catalog_;
}

void Context::report_catalog_errors() {
  if (errors_reported_) return;
  errors_reported_ = true;
  for (const auto& e : catalog().errors) fmt::print(stderr, "kata: {}\n", e.str());
}

void Context::warn_if_not_isolated() {
  const auto& i = attempt::sandbox::isolation();
  if (i.available) return;
  fmt::print(stderr,
             "kata: warning: isolation is off ({}): the attempt runs as you, and can reach "
             "your files and kata\n",
             i.why_not);
}

const judge::Problem* Context::problem_or_suggest(const std::string& slug) {
  if (const auto* p = catalog().find(slug)) return p;
  report_catalog_errors();
  fmt::print(stderr, "kata: no problem \"{}\" in the catalog", slug);
  auto near = catalog().suggest(slug);
  if (!near.empty()) {
    fmt::print(stderr, "; did you mean ");
    for (std::size_t i = 0; i < near.size(); ++i)
      fmt::print(stderr, "{}{}", i ? (i + 1 == near.size() ? " or " : ", ") : "", near[i]);
    fmt::print(stderr, "?");
  }
  fmt::print(stderr, "\n(`kata list` shows them all)\n");
  return nullptr;
}

const judge::ProblemList* Context::list_or_explain(const std::string& name,
                                                   const std::string& where) {
  if (const auto* l = catalog().find_list(name)) return l;
  std::string names;  // joined by hand: fmt::join's header costs this unit seconds to compile
  for (const auto& l : catalog().lists) names += (names.empty() ? "" : ", ") + l.name;
  fmt::print(stderr, "kata: {}no study list \"{}\"; the lists are: {} (patterns/lists/)\n", where,
             name, names.empty() ? "none" : names);
  return nullptr;
}

std::string problem_heading(const judge::ProblemMeta& m, bool blind, const judge::Style& style) {
  const std::string title = fmt::format("{}. {}", m.id, m.title);
  const std::string pattern = blind ? "(pattern hidden)" : m.pattern;
  const std::string rest = m.difficulty + "  " + pattern;
  const std::string painted_rest =
      m.difficulty + "  " + style.paint(pattern, blind ? "2" : "36");
  if (judge::display_width(title) + 2 + judge::display_width(rest) <= 80)
    return style.paint(title, "1") + "  " + painted_rest + "\n";
  return style.paint(title, "1") + "\n" + painted_rest + "\n";
}

std::optional<std::filesystem::path> attempt_file(const judge::Problem& p, const std::string& file) {
  namespace fs = std::filesystem;
  fs::path attempt = file.empty() ? judge::attempt_path(p.meta.slug) : fs::path(file);
  std::error_code ec;
  if (fs::is_regular_file(attempt, ec)) return attempt;
  // Only the default path is what `kata start` writes: a --file path is the user's own.
  if (file.empty())
    fmt::print(stderr, "kata: no attempt at {}; `kata start {}` writes one\n",
               attempt::display_path(attempt), p.meta.slug);
  else
    fmt::print(stderr, "kata: {}: {}\n", file,
               fs::exists(attempt, ec) ? "not a regular file" : "no such file");
  return std::nullopt;
}

std::optional<std::vector<judge::Case>> judged_cases(const judge::Problem& p, bool saved,
                                                     const std::vector<std::string>& extra) {
  std::vector<judge::LoadError> errors;
  auto cases = judge::load_cases(p.cases_file(), p.meta, errors);
  std::vector<std::string> files = extra;
  std::filesystem::path stress = judge::saved_cases_path(p.meta.slug);
  std::error_code ec;
  if (saved && std::filesystem::is_regular_file(stress, ec)) files.push_back(stress.string());
  for (const auto& f : files) {
    auto more = judge::load_cases(f, p.meta, errors);
    cases.insert(cases.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
  }
  // A file that cannot be read or parsed is a file error; a broken case is an ERR
  // verdict for that case alone (its error is also listed here).
  bool file_error = false;
  for (const auto& e : errors) {
    fmt::print(stderr, "kata: {}\n", e.str());
    if (e.case_name.empty()) file_error = true;
  }
  if (file_error) return std::nullopt;
  return cases;
}

bool keep_only_case(const judge::Problem& p, const std::string& name,
                    std::vector<judge::Case>& cases) {
  std::vector<judge::Case> one;
  std::string names;
  for (auto& c : cases) {
    names += (names.empty() ? "" : ", ") + c.name;
    if (c.name == name) one.push_back(std::move(c));
  }
  if (one.empty()) {
    fmt::print(stderr, "kata: {} has no case named \"{}\"; its cases: {}\n", p.meta.slug, name,
               names);
    return false;
  }
  cases = std::move(one);
  return true;
}

const judge::Reference* prepare_generated(const judge::Problem& p, std::vector<judge::Case>& cases) {
  // The reference is compiled (once) only when the attempt needs it: to answer
  // generated cases, or to lend its checker.
  bool generated = std::any_of(cases.begin(), cases.end(), [](const auto& c) { return c.generate; });
  bool checker = p.meta.comparator.kind == judge::Comparator::Kind::checker;
  if (!generated && !checker) return nullptr;
  std::string why;
  const judge::Reference* ref = attempt::reference_for(p, &why);
  if (ref) {
    judge::expand_generated(cases, p.meta, *ref);
    return ref;
  }
  fmt::print(stderr, "kata: no reference for {}: {}\n", p.meta.slug, why);
  for (auto& c : cases)
    if (c.generate && !c.error) c.error = "a generated case needs the problem's reference";
  return nullptr;
}

}  // namespace kata::cli
