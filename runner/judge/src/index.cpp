// The pattern index table, generated from the catalog.
#include "kata/judge/index.hpp"

#include <fmt/format.h>

namespace kata::judge {

std::string pattern_index_markdown(const Catalog& catalog) {
  std::string out;
  for (const auto& pattern : catalog.patterns()) {
    out += fmt::format("### [{}]({}/README.md)\n\n", pattern, pattern);
    out += "| Problem | Difficulty | Time | Space |\n|---|---|---|---|\n";
    for (const auto& p : catalog.problems) {
      if (p.meta.pattern != pattern) continue;
      auto cost = read_complexity(p.solution_file());
      out += fmt::format("| [{}. {}](../problems/{}/{}/) | {} | {} | {} |\n", p.meta.id,
                         p.meta.title, p.meta.pattern, p.meta.slug, p.meta.difficulty, cost.time,
                         cost.space);
    }
    out += "\n";
  }
  return out;
}

}  // namespace kata::judge
