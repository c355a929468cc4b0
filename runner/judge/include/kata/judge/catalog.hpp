// The catalog: every problem folder under problems/<pattern>/<slug>/, and the study
// lists in patterns/lists/*.json beside it.
//
// Loading reads each problem.json (not the cases: those are read when a problem
// is judged) and each list. A broken problem or list is reported in `errors` and
// left out; the rest load.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <kata/judge/problem.hpp>

namespace kata::judge {

struct Catalog {
  std::filesystem::path root;
  std::vector<Problem> problems;  // ordered by pattern, then LeetCode id
  std::vector<ProblemList> lists;  // by name
  std::vector<LoadError> errors;

  const Problem* find(const std::string& slug_or_id) const;
  const Problem* find_id(int id) const;
  const ProblemList* find_list(const std::string& name) const;
  std::vector<const ProblemList*> lists_of(const Problem& p) const;  // by name
  // The slugs closest to a mistyped one (edit distance, substrings), best first.
  std::vector<std::string> suggest(const std::string& wrong, std::size_t at_most = 3) const;
  std::vector<std::string> patterns() const;  // in catalog order, each once
};

Catalog load_catalog(const std::filesystem::path& problems_root);

// Where the catalog lives: $KATA_HOME/problems if set, else the source tree kata
// was built from.
std::filesystem::path default_home();

// The practiser's own folder, <home>/practice: attempts (SLUG.cpp, what kata start
// writes and kata test judges) and the failing cases kata stress saved (SLUG.cases.json).
std::filesystem::path practice_dir();
std::filesystem::path attempt_path(const std::string& slug);
std::filesystem::path saved_cases_path(const std::string& slug);

// Levenshtein distance, for suggestions.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace kata::judge
