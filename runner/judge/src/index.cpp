// The pattern index table, generated from the catalog.
#include "kata/judge/index.hpp"

#include <fstream>
#include <sstream>

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

namespace {

Json params_json(const std::vector<Param>& params) {
  Json out = Json::array();
  for (const auto& p : params) out.push_back({{"name", p.name}, {"type", p.type}});
  return out;
}

}  // namespace

Json problem_json(const Problem& p, const std::optional<std::string>& note) {
  const auto& m = p.meta;
  std::ifstream in(p.statement_file());
  std::stringstream statement;
  statement << in.rdbuf();
  const auto cost = read_complexity(p.solution_file());
  Json j = {{"id", m.id},
            {"slug", m.slug},
            {"title", m.title},
            {"pattern", m.pattern},
            {"difficulty", m.difficulty},
            {"url", m.url},
            {"url_cn", m.cn_url()},
            {"kind", to_string(m.kind)},
            {"class", m.class_name},
            {"comparator", to_string(m.comparator.kind)},
            {"time_limit_ms", m.time_limit_ms},
            {"memory_limit_mb", m.memory_limit_mb},
            {"complexity", {{"time", cost.time}, {"space", cost.space}}},
            {"statement_file", p.statement_file().string()},
            {"statement", statement.str()}};
  if (m.has_class()) {  // a class with its methods (design, concurrency)
    j["params"] = params_json(m.constructor);
    Json methods = Json::array();
    for (const auto& mm : m.methods)
      methods.push_back({{"name", mm.name},
                         {"params", params_json(mm.params)},
                         {"returns", mm.returns},
                         {"signature", signature_line(mm)}});
    j["methods"] = methods;
    // What a case's "input" lists: the values the harness's threads are given.
    if (m.kind == ProblemMeta::Kind::concurrency) j["input"] = params_json(m.method.params);
  } else {
    j["method"] = m.method.name;
    j["params"] = params_json(m.method.params);
    j["returns"] = m.method.returns;
    j["signature"] = signature_line(m.method);
    // The values each case's "input" lists, when a builder makes the arguments from them.
    if (!m.input.empty()) j["input"] = params_json(m.input);
  }
  j["note"] = note ? Json(*note) : Json();
  return j;
}

}  // namespace kata::judge
