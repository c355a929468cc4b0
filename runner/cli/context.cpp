// The shared context of the verbs.
#include "context.hpp"

#include <fmt/core.h>

#include <kata/attempt/sandbox.hpp>

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

}  // namespace kata::cli
