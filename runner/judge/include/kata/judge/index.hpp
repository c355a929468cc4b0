// The pattern index: per pattern, a table of Problem | Difficulty | Time | Space,
// generated from the catalog (patterns/README.md holds it; a test keeps it in sync).
#pragma once

#include <string>

#include <kata/judge/catalog.hpp>

namespace kata::judge {

// Markdown, links relative to patterns/README.md.
std::string pattern_index_markdown(const Catalog& catalog);

}  // namespace kata::judge
