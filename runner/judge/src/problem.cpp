// Loading problem.json and case files, with errors that point at file:line:col.
#include "kata/judge/problem.hpp"

#include <algorithm>

#include <fstream>
#include <set>
#include <sstream>
#include <string_view>

namespace kata::judge {

std::string LoadError::str() const {
  std::string s = file;
  if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
  return s + ": " + message;
}

namespace {

bool read_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

std::string path_string(const std::vector<PathStep>& path) {
  std::string s;
  for (const auto& step : path) {
    if (const auto* k = std::get_if<std::string>(&step))
      s += (s.empty() ? "" : ".") + *k;
    else
      s += "[" + std::to_string(std::get<std::size_t>(step)) + "]";
  }
  return s;
}

// Reads typed members out of parsed JSON, reporting each problem at its position.
class Reader {
 public:
  Reader(const std::string& text, std::string file, std::vector<LoadError>& errors)
      : text_(text), file_(std::move(file)), errors_(errors) {}

  void error(const std::vector<PathStep>& path, const std::string& message) {
    LoadError e{file_, 0, 0, message};
    std::vector<PathStep> p = path;
    // Point at the value, or at the closest enclosing value that exists.
    for (;;) {
      if (auto at = locate(text_, p)) {
        auto pos = position_of(text_, *at);
        e.line = pos.line;
        e.column = pos.column;
        break;
      }
      if (p.empty()) break;
      p.pop_back();
    }
    errors_.push_back(std::move(e));
    ++count_;
  }
  int count() const { return count_; }

  const Json* member(const Json& obj, const std::vector<PathStep>& path, const std::string& key,
                     bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) error(path, "missing \"" + key + "\"" + where(path));
      return nullptr;
    }
    return &*it;
  }

  std::optional<std::string> string(const Json& obj, std::vector<PathStep> path,
                                    const std::string& key, bool required = true) {
    const Json* v = member(obj, path, key, required);
    if (!v) return std::nullopt;
    path.push_back(key);
    if (!v->is_string() || v->get_ref<const std::string&>().empty()) {
      error(path, "\"" + path_string(path) + "\" must be a non-empty string");
      return std::nullopt;
    }
    return v->get<std::string>();
  }

  std::optional<long long> integer(const Json& obj, std::vector<PathStep> path,
                                   const std::string& key, long long lo, long long hi,
                                   bool required = true) {
    const Json* v = member(obj, path, key, required);
    if (!v) return std::nullopt;
    path.push_back(key);
    if (!v->is_number_integer() || v->get<long long>() < lo || v->get<long long>() > hi) {
      error(path, "\"" + path_string(path) + "\" must be an integer from " + std::to_string(lo) +
                      " to " + std::to_string(hi));
      return std::nullopt;
    }
    return v->get<long long>();
  }

  std::vector<Param> params(const Json& obj, std::vector<PathStep> path, const std::string& key) {
    std::vector<Param> out;
    const Json* v = member(obj, path, key, true);
    if (!v) return out;
    path.push_back(key);
    if (!v->is_array()) {
      error(path, "\"" + path_string(path) + "\" must be a list of {\"name\", \"type\"}");
      return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      auto p = path;
      p.push_back(i);
      if (!(*v)[i].is_object()) {
        error(p, "a parameter must be {\"name\": ..., \"type\": ...}");
        continue;
      }
      auto name = string((*v)[i], p, "name");
      auto type = string((*v)[i], p, "type");
      if (name && type) out.push_back({*name, *type});
    }
    return out;
  }

  std::optional<MethodSpec> method(const Json& obj, std::vector<PathStep> path) {
    if (!obj.is_object()) {
      error(path, "a method must be {\"name\", \"params\", \"returns\"}");
      return std::nullopt;
    }
    MethodSpec m;
    int before = count_;
    if (auto n = string(obj, path, "name")) m.name = *n;
    m.params = params(obj, path, "params");
    if (auto r = string(obj, path, "returns")) m.returns = *r;
    if (count_ != before) return std::nullopt;
    return m;
  }

 private:
  static std::string where(const std::vector<PathStep>& path) {
    return path.empty() ? "" : " in \"" + path_string(path) + "\"";
  }
  const std::string& text_;
  std::string file_;
  std::vector<LoadError>& errors_;
  int count_ = 0;
};

int param_index(const std::vector<Param>& params, const std::string& name) {
  for (std::size_t i = 0; i < params.size(); ++i)
    if (params[i].name == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::optional<Json> parse_json(const std::string& text, const std::string& file,
                               std::vector<LoadError>& errors) {
  try {
    return json_from_text_or_throw(text);
  } catch (const Json::parse_error& e) {
    auto pos = position_of(text, e.byte > 0 ? e.byte - 1 : 0);
    std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line..";
    // keep only its explanation after the last ": ".
    auto cut = what.rfind(": ");
    errors.push_back({file, pos.line, pos.column,
                      "invalid JSON: " + (cut == std::string::npos ? what : what.substr(cut + 2))});
    return std::nullopt;
  }
}

std::vector<ProblemList::Entry> ProblemList::entries() const {
  std::vector<Entry> out;
  for (const auto& s : sections) out.insert(out.end(), s.problems.begin(), s.problems.end());
  return out;
}

bool ProblemList::contains(int id) const {
  for (const auto& s : sections)
    for (const auto& e : s.problems)
      if (e.id == id) return true;
  return false;
}

std::string ProblemMeta::cn_url() const {
  if (url.empty()) return "";
  return "https://leetcode.cn/problems/" + slug + "/";
}

std::optional<ProblemList> parse_problem_list(const std::string& text, const std::string& file,
                                              const std::string& name,
                                              std::vector<LoadError>& errors) {
  auto doc = parse_json(text, file, errors);
  if (!doc) return std::nullopt;
  Reader r(text, file, errors);
  if (!doc->is_object()) {
    r.error({}, "a list file must hold one object");
    return std::nullopt;
  }
  ProblemList list;
  list.name = name;
  if (auto v = r.string(*doc, {}, "title")) list.title = *v;
  if (auto v = r.string(*doc, {}, "url", false)) list.url = *v;
  if (auto v = r.string(*doc, {}, "about", false)) list.about = *v;
  std::vector<int> seen;
  if (const Json* ss = r.member(*doc, {}, "sections", true)) {
    if (!ss->is_array() || ss->empty()) r.error({"sections"}, "\"sections\" must be a non-empty list");
    for (std::size_t i = 0; ss->is_array() && i < ss->size(); ++i) {
      const Json& sj = (*ss)[i];
      if (!sj.is_object()) {
        r.error({"sections", i}, "a section must be {\"title\", \"problems\"}");
        continue;
      }
      ProblemList::Section section;
      if (auto v = r.string(sj, {"sections", i}, "title")) section.title = *v;
      const Json* ps = r.member(sj, {"sections", i}, "problems", true);
      for (std::size_t k = 0; ps && ps->is_array() && k < ps->size(); ++k) {
        std::vector<PathStep> at = {"sections", i, "problems", k};
        const Json& pj = (*ps)[k];
        if (!pj.is_object()) {
          r.error(at, "a problem must be {\"id\", \"title\"}");
          continue;
        }
        ProblemList::Entry e;
        auto id = r.integer(pj, at, "id", 1, 100000);
        auto title = r.string(pj, at, "title");
        if (!id || !title) continue;
        e.id = static_cast<int>(*id);
        e.title = *title;
        if (std::find(seen.begin(), seen.end(), e.id) != seen.end())
          r.error(at, "problem " + std::to_string(e.id) + " is on the list twice");
        seen.push_back(e.id);
        section.problems.push_back(std::move(e));
      }
      if (ps && !ps->is_array()) r.error({"sections", i, "problems"}, "\"problems\" must be a list");
      list.sections.push_back(std::move(section));
    }
  }
  if (r.count() > 0) return std::nullopt;
  return list;
}

std::optional<ProblemMeta> parse_problem(const std::string& text, const std::string& file,
                                         std::vector<LoadError>& errors) {
  auto doc = parse_json(text, file, errors);
  if (!doc) return std::nullopt;
  Reader r(text, file, errors);
  if (!doc->is_object()) {
    r.error({}, "problem.json must hold one object");
    return std::nullopt;
  }
  const Json& j = *doc;
  ProblemMeta m;
  if (auto v = r.integer(j, {}, "id", 1, 100000)) m.id = static_cast<int>(*v);
  if (auto v = r.string(j, {}, "slug")) m.slug = *v;
  if (auto v = r.string(j, {}, "title")) m.title = *v;
  if (auto v = r.string(j, {}, "pattern")) m.pattern = *v;
  if (auto v = r.string(j, {}, "difficulty")) {
    m.difficulty = *v;
    if (m.difficulty != "Easy" && m.difficulty != "Medium" && m.difficulty != "Hard")
      r.error({"difficulty"}, "\"difficulty\" must be Easy, Medium or Hard");
  }
  if (auto v = r.string(j, {}, "url", false)) m.url = *v;  // none: kata's own problem
  std::string kind = r.string(j, {}, "kind", false).value_or("function");
  if (kind == "design" || kind == "concurrency") {
    m.kind = kind == "design" ? ProblemMeta::Kind::design : ProblemMeta::Kind::concurrency;
    if (auto v = r.string(j, {}, "class")) m.class_name = *v;
    m.constructor = r.params(j, {}, "constructor");
    if (const Json* ms = r.member(j, {}, "methods", true)) {
      if (!ms->is_array() || ms->empty())
        r.error({"methods"}, "\"methods\" must be a non-empty list");
      else
        for (std::size_t i = 0; i < ms->size(); ++i)
          if (auto mm = r.method((*ms)[i], {"methods", i})) m.methods.push_back(*mm);
    }
    // What the judge calls: Harness<class>::run with a case's values.
    if (m.kind == ProblemMeta::Kind::concurrency)
      if (const Json* h = r.member(j, {}, "harness", true)) {
        Json run = h->is_object() ? *h : Json();
        if (run.is_object()) run["name"] = "run";
        if (auto mm = r.method(run, {"harness"})) m.method = *mm;
      }
    if (auto runtime = r.string(j, {}, "runtime", false)) {
      if (*runtime == "kata::sched" && m.kind == ProblemMeta::Kind::concurrency)
        m.on_sched = true;
      else
        r.error({"runtime"},
                "\"runtime\" can only be \"kata::sched\", and only for a concurrency problem");
    }
  } else if (kind == "function") {
    m.class_name = r.string(j, {}, "class", false).value_or("Solution");
    if (const Json* mj = r.member(j, {}, "method", true))
      if (auto mm = r.method(*mj, {"method"})) m.method = *mm;
    if (r.member(j, {}, "input", false)) {
      m.input = r.params(j, {}, "input");
      if (m.input.empty()) r.error({"input"}, "\"input\" must name at least one value");
    }
  } else {
    r.error({"kind"}, "\"kind\" must be \"function\", \"design\" or \"concurrency\"");
  }

  if (const Json* a = r.member(j, {}, "answer", false)) {
    if (a->is_object() && a->contains("argument") && (*a)["argument"].is_string()) {
      m.answer_arg = param_index(m.method.params, (*a)["argument"].get<std::string>());
      if (m.answer_arg < 0) r.error({"answer", "argument"}, "no parameter has this name");
    } else if (*a != "return") {
      r.error({"answer"}, "\"answer\" must be \"return\" or {\"argument\": \"<parameter name>\"}");
    }
  }
  if (m.kind != ProblemMeta::Kind::design && m.method.returns == "void" && m.answer_arg < 0 &&
      r.count() == 0)
    r.error({"method", "returns"}, "a void method needs \"answer\": {\"argument\": \"...\"}");

  if (const Json* u = r.member(j, {}, "unmodified", false)) {
    if (!u->is_array())
      r.error({"unmodified"}, "\"unmodified\" must be a list of parameter names");
    else
      for (std::size_t i = 0; i < u->size(); ++i) {
        int k = (*u)[i].is_string() ? param_index(m.method.params, (*u)[i].get<std::string>()) : -1;
        if (k < 0)
          r.error({"unmodified", i}, "no parameter has this name");
        else
          m.unmodified_args.push_back(k);
      }
  }

  if (!m.input.empty() && (m.answer_arg >= 0 || !m.unmodified_args.empty()))
    r.error({"input"},
            "a problem with an input builder reads its answer from the return value "
            "(no \"answer\": {\"argument\"}, no \"unmodified\")");

  if (const Json* c = r.member(j, {}, "comparator", false)) {
    std::string name = c->is_string() ? c->get<std::string>()
                       : c->is_object() && c->contains("kind") && (*c)["kind"].is_string()
                           ? (*c)["kind"].get<std::string>()
                           : "";
    if (auto k = comparator_kind(name)) {
      m.comparator.kind = *k;
      if (c->is_object()) {
        if (c->contains("tolerance")) {
          if (!(*c)["tolerance"].is_number() || (*c)["tolerance"].get<double>() < 0)
            r.error({"comparator", "tolerance"}, "\"tolerance\" must be a non-negative number");
          else
            m.comparator.tolerance = (*c)["tolerance"].get<double>();
        }
        if (c->contains("relative")) m.comparator.relative = (*c)["relative"] == true;
      }
    } else {
      r.error({"comparator"},
              "\"comparator\" must be one of exact, float, any_order, any_order_deep, checker "
              "(or {\"kind\": ..., \"tolerance\": ..., \"relative\": ...})");
    }
  }
  if (const Json* l = r.member(j, {}, "limits", false)) {
    if (!l->is_object())
      r.error({"limits"}, "\"limits\" must be {\"time_ms\", \"memory_mb\"}");
    else {
      if (auto v = r.integer(*l, {"limits"}, "time_ms", 1, 600000, false))
        m.time_limit_ms = static_cast<int>(*v);
      if (auto v = r.integer(*l, {"limits"}, "memory_mb", 16, 65536, false))
        m.memory_limit_mb = static_cast<int>(*v);
    }
  }
  if (const Json* g = r.member(j, {}, "generator", false)) {
    if (!g->is_object())
      r.error({"generator"}, "\"generator\" must be {\"small\", \"max\"}");
    else {
      if (auto v = r.integer(*g, {"generator"}, "small", 0, 1000000000)) m.gen_small = *v;
      if (auto v = r.integer(*g, {"generator"}, "max", 0, 1000000000)) m.gen_max = *v;
    }
  }
  if (const Json* c = r.member(j, {}, "complexity", false)) {
    if (!c->is_object()) {
      r.error({"complexity"}, "\"complexity\" must be {\"time\": \"O(...)\"} (and \"growth\")");
    } else {
      if (auto v = r.string(*c, {"complexity"}, "time")) m.cost.time = *v;
      if (auto v = r.string(*c, {"complexity"}, "growth", false)) m.cost.growth = *v;
    }
  }
  if (r.count() > 0) return std::nullopt;
  return m;
}

const char* to_string(ProblemMeta::Kind kind) {
  switch (kind) {
    case ProblemMeta::Kind::function:
      return "function";
    case ProblemMeta::Kind::design:
      return "design";
    case ProblemMeta::Kind::concurrency:
      return "concurrency";
  }
  return "?";
}

std::optional<Problem> load_problem(const std::filesystem::path& dir,
                                    std::vector<LoadError>& errors) {
  auto file = dir / "problem.json";
  std::string text;
  if (!read_file(file, text)) {
    errors.push_back({file.string(), 0, 0, "cannot read the file"});
    return std::nullopt;
  }
  auto meta = parse_problem(text, file.string(), errors);
  if (!meta) return std::nullopt;
  if (meta->slug != dir.filename().string()) {
    errors.push_back({file.string(), position_of(text, locate(text, {"slug"}).value_or(0)).line,
                      position_of(text, locate(text, {"slug"}).value_or(0)).column,
                      "\"slug\" is \"" + meta->slug + "\" but the folder is \"" +
                          dir.filename().string() + "\""});
    return std::nullopt;
  }
  Problem problem{*meta, dir};
  std::error_code ec;
  bool has_builder = std::filesystem::is_regular_file(problem.builder_file(), ec);
  if (has_builder != !meta->input.empty()) {
    auto at = position_of(text, locate(text, {"input"}).value_or(0));
    errors.push_back({file.string(), has_builder ? 0 : at.line, has_builder ? 0 : at.column,
                      has_builder ? "the folder has a builder.cpp, so problem.json needs \"input\" "
                                    "(the values a case gives it)"
                                  : "\"input\" is set, so the folder needs a builder.cpp"});
    return std::nullopt;
  }
  if (has_builder) problem.meta.builder = problem.builder_file().string();
  const bool concurrency = meta->kind == ProblemMeta::Kind::concurrency;
  if (concurrency != std::filesystem::is_regular_file(problem.harness_file(), ec)) {
    errors.push_back({file.string(), 0, 0,
                      concurrency ? "a concurrency problem's folder needs a harness.cpp (the "
                                    "threads that call the class: problems/README.md)"
                                  : "the folder has a harness.cpp, so \"kind\" must be "
                                    "\"concurrency\""});
    return std::nullopt;
  }
  if (concurrency) problem.meta.harness = problem.harness_file().string();
  if (std::filesystem::is_regular_file(problem.definitions_file(), ec))
    problem.meta.definitions = problem.definitions_file().string();
  return problem;
}

std::vector<Case> parse_cases(const std::string& text, const std::string& file,
                              const ProblemMeta& meta, std::vector<LoadError>& errors) {
  std::vector<Case> out;
  auto doc = parse_json(text, file, errors);
  if (!doc) return out;
  Reader r(text, file, errors);
  if (!doc->is_object() || !doc->contains("cases") || !(*doc)["cases"].is_array()) {
    r.error({}, "a case file is {\"cases\": [{\"name\", \"input\", \"expected\"}, ...]}");
    return out;
  }
  const Json& cases = (*doc)["cases"];
  auto offsets = element_offsets(text, {"cases"});
  LineIndex lines(text);
  std::set<std::string> names;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    Case c;
    c.file = file;
    c.line = i < offsets.size() ? lines.position(offsets[i]).line : 0;
    const Json& cj = cases[i];
    auto fail = [&](const std::string& why) {
      if (!c.error) c.error = why;
    };
    if (!cj.is_object()) {
      c.name = "#" + std::to_string(i + 1);
      fail("a case must be an object with \"name\", \"input\" and \"expected\"");
    } else {
      if (cj.contains("name") && cj["name"].is_string() && !cj["name"].get<std::string>().empty())
        c.name = cj["name"].get<std::string>();
      else {
        c.name = "#" + std::to_string(i + 1);
        fail("the case has no \"name\"");
      }
      if (!names.insert(c.name).second) fail("another case is also named \"" + c.name + "\"");
      if (cj.contains("generate")) {
        const Json& g = cj["generate"];
        if (!g.is_object() || !g.contains("seed") || !g["seed"].is_number_unsigned())
          fail("\"generate\" must be {\"seed\": <non-negative integer>, \"size\": ...}");
        else {
          Case::Generated gen;
          gen.seed = g["seed"].get<std::uint64_t>();
          gen.size = meta.gen_max;
          if (g.contains("size")) {
            if (g["size"] == "max")
              gen.size = meta.gen_max;
            else if (g["size"].is_number_integer() && g["size"].get<long long>() >= 0 &&
                     g["size"].get<long long>() <= 1000000000)
              gen.size = g["size"].get<int>();
            else
              fail("\"generate.size\" must be \"max\" or a non-negative integer");
          }
          c.generate = gen;
        }
      } else if (!cj.contains("input")) {
        fail("the case has no \"input\"");
      } else {
        c.input = cj["input"];
        if (!c.input.is_array())
          fail("\"input\" must be the list of the method's arguments");
        else if (meta.kind != ProblemMeta::Kind::design &&
                 c.input.size() != meta.case_params().size())
          fail("\"input\" has " + std::to_string(c.input.size()) + " argument" +
               (c.input.size() == 1 ? "" : "s") + "; " +
               (meta.input.empty() ? meta.method.name + " takes "
                                   : std::string("this problem's cases give ")) +
               std::to_string(meta.case_params().size()));
      }
      if (cj.contains("expected"))
        c.expected = cj["expected"];
      else if (!c.generate && meta.comparator.kind != Comparator::Kind::checker)
        fail("the case has no \"expected\"");
    }
    if (c.error) {
      int col = i < offsets.size() ? lines.position(offsets[i]).column : 0;
      errors.push_back({file, c.line, col, "case \"" + c.name + "\": " + *c.error, c.name});
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Case> load_cases(const std::filesystem::path& file, const ProblemMeta& meta,
                             std::vector<LoadError>& errors) {
  std::string text;
  if (!read_file(file, text)) {
    errors.push_back({file.string(), 0, 0, "cannot read the file"});
    return {};
  }
  return parse_cases(text, file.string(), meta, errors);
}

std::string signature_line(const MethodSpec& m) {
  std::string s = m.returns + " " + m.name + "(";
  for (std::size_t i = 0; i < m.params.size(); ++i) {
    if (i) s += ", ";
    s += m.params[i].type + " " + m.params[i].name;
  }
  return s + ")";
}

namespace {

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

// The comment lines at the top of a reference: "// Time: O(n)", "// Space: O(1)",
// "// Invariant: ..." continued on lines indented by two spaces or more after "//".
// (Parsed by hand: <regex> alone cost this unit two seconds of compile time.)
Complexity read_complexity(const std::filesystem::path& solution_file) {
  Complexity c;
  std::ifstream in(solution_file);
  std::string line;
  bool in_invariant = false;
  for (int n = 0; n < 12 && std::getline(in, line); ++n) {
    std::string_view rest(line);
    if (!rest.starts_with("//")) {
      in_invariant = false;
      continue;
    }
    rest.remove_prefix(2);
    std::size_t indent = 0;
    while (indent < rest.size() && is_space(rest[indent])) ++indent;
    std::string_view body = rest.substr(indent);
    std::string* field = nullptr;
    for (auto [key, target] : {std::pair{std::string_view("Time:"), &c.time},
                               std::pair{std::string_view("Space:"), &c.space},
                               std::pair{std::string_view("Invariant:"), &c.invariant}})
      if (body.starts_with(key)) {
        field = target;
        body.remove_prefix(key.size());
        break;
      }
    if (field) {
      in_invariant = field == &c.invariant;
      *field = std::string(trim(body));
    } else if (in_invariant && indent >= 2) {
      c.invariant += " " + std::string(trim(body));
    } else {
      in_invariant = false;
    }
  }
  return c;
}

}  // namespace kata::judge
