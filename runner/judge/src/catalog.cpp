// Loading the catalog from problems/<pattern>/<slug>/problem.json.
#include "kata/judge/catalog.hpp"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>

#ifndef KATA_SOURCE_DIR
#error "KATA_SOURCE_DIR must name the source tree"
#endif

namespace kata::judge {

std::filesystem::path default_home() {
  if (const char* home = std::getenv("KATA_HOME"); home && *home) return home;
  return KATA_SOURCE_DIR;
}

std::filesystem::path practice_dir() {
  return default_home() / "practice";
}
std::filesystem::path attempt_path(const std::string& slug) {
  return practice_dir() / (slug + ".cpp");
}
std::filesystem::path saved_cases_path(const std::string& slug) {
  return practice_dir() / (slug + ".cases.json");
}

Catalog load_catalog(const std::filesystem::path& root) {
  namespace fs = std::filesystem;
  Catalog c;
  c.root = root;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    c.errors.push_back({root.string(), 0, 0, "no problems folder here"});
    return c;
  }
  std::vector<fs::path> dirs;
  for (const auto& pattern : fs::directory_iterator(root, ec)) {
    if (!pattern.is_directory()) continue;
    for (const auto& p : fs::directory_iterator(pattern.path(), ec))
      if (p.is_directory() && fs::exists(p.path() / "problem.json")) dirs.push_back(p.path());
  }
  std::set<std::string> slugs;
  for (const auto& d : dirs) {
    auto p = load_problem(d, c.errors);
    if (!p) continue;
    if (p->meta.pattern != d.parent_path().filename().string()) {
      c.errors.push_back({(d / "problem.json").string(), 0, 0,
                          "\"pattern\" is \"" + p->meta.pattern + "\" but the problem sits in \"" +
                              d.parent_path().filename().string() + "/\""});
      continue;
    }
    if (!slugs.insert(p->meta.slug).second) {
      c.errors.push_back({(d / "problem.json").string(), 0, 0,
                          "another problem already uses the slug \"" + p->meta.slug + "\""});
      continue;
    }
    c.problems.push_back(std::move(*p));
  }
  std::sort(c.problems.begin(), c.problems.end(), [](const Problem& a, const Problem& b) {
    return std::tie(a.meta.pattern, a.meta.id) < std::tie(b.meta.pattern, b.meta.id);
  });
  return c;
}

const Problem* Catalog::find(const std::string& key) const {
  for (const auto& p : problems)
    if (p.meta.slug == key || std::to_string(p.meta.id) == key) return &p;
  return nullptr;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> Catalog::suggest(const std::string& wrong, std::size_t at_most) const {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& p : problems) {
    const std::string& s = p.meta.slug;
    std::size_t d = edit_distance(wrong, s);
    if (!wrong.empty() && s.find(wrong) != std::string::npos) d = std::min<std::size_t>(d, 1);
    if (d <= std::max<std::size_t>(3, wrong.size() / 2)) scored.push_back({d, s});
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < at_most; ++i) out.push_back(scored[i].second);
  return out;
}

std::vector<std::string> Catalog::patterns() const {
  std::vector<std::string> out;
  for (const auto& p : problems)
    if (std::find(out.begin(), out.end(), p.meta.pattern) == out.end())
      out.push_back(p.meta.pattern);
  return out;
}

}  // namespace kata::judge
