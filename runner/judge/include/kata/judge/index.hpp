// The catalog as other programs read it: the pattern index (per pattern, a table
// of Problem | Difficulty | Time | Space, which patterns/README.md holds and a test
// keeps in sync) and a problem's metadata as JSON (kata show --json). JSON is built
// here rather than in the verbs: nlohmann's templates cost a unit seconds of
// compile time wherever they are instantiated (the top CMakeLists.txt).
#pragma once

#include <optional>
#include <string>

#include <kata/judge/catalog.hpp>
#include <kata/judge/json.hpp>

namespace kata::judge {

// Markdown, links relative to patterns/README.md.
std::string pattern_index_markdown(const Catalog& catalog);

// Everything kata show prints, as data: the metadata, the stated cost, the
// statement's text, the method(s) with their parameters (a design or concurrency
// problem's class and methods; a function's method and, when a builder makes the
// arguments, the values a case lists), and the practiser's note file when there is one.
Json problem_json(const Problem& p, const std::optional<std::string>& note);

}  // namespace kata::judge
