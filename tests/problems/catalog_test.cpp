// Every problem in the catalog, checked the same way: files, signature, cases,
// and the reference against the brute force on random small inputs.
//
// KATA_PATTERNS (a comma-separated list in the environment) limits the checks to
// some patterns, for quick work on a few. KATA_PER_PATTERN=N limits them to the
// first N problems of each pattern (catalog order): the sanitizer stage of CI
// checks the judge's code on every pattern's shapes of input without compiling
// every problem's module a second time (.ci/run).
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <kata/judge/catalog.hpp>
#include <kata/judge/growth.hpp>
#include <kata/judge/index.hpp>
#include <kata/judge/judge.hpp>
#include <kata/judge/text.hpp>
#include <kata/attempt/references.hpp>

using namespace kata::judge;
using kata::attempt::prepare_references;
using kata::attempt::reference_for;

namespace {

bool selected(const Problem& p);

// The catalog, with every selected problem's reference module built (in parallel,
// once per build tree) and loaded.
const Catalog& catalog() {
  static const Catalog c = [] {
    Catalog loaded = load_catalog(default_home() / "problems");
    std::vector<const Problem*> all;
    for (const auto& p : loaded.problems)
      if (selected(p)) all.push_back(&p);
    prepare_references(all);
    return loaded;
  }();
  return c;
}

// Whether the checks see only part of the catalog (the index and the lists then
// cannot be checked whole).
bool partial() {
  for (const char* name : {"KATA_PATTERNS", "KATA_PER_PATTERN"})
    if (const char* v = std::getenv(name); v && *v) return true;
  return false;
}

// p's place among its pattern's problems, in catalog order (0 for the first).
std::size_t rank_in_pattern(const Problem& p) {
  static const std::map<std::string, std::size_t> ranks = [] {
    std::map<std::string, std::size_t> r, seen;
    for (const auto& q : load_catalog(default_home() / "problems").problems)
      r[q.meta.slug] = seen[q.meta.pattern]++;
    return r;
  }();
  auto it = ranks.find(p.meta.slug);
  return it == ranks.end() ? 0 : it->second;
}

bool selected(const Problem& p) {
  if (const char* n = std::getenv("KATA_PER_PATTERN"); n && *n)
    if (rank_in_pattern(p) >= static_cast<std::size_t>(std::atoi(n))) return false;
  const char* only = std::getenv("KATA_PATTERNS");
  if (!only || !*only) return true;
  std::stringstream ss(only);
  std::string item;
  while (std::getline(ss, item, ','))
    if (item == p.meta.pattern) return true;
  return false;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// work(p) for every selected problem, several at once (each problem's own code on
// one thread at a time), and what each gave, in catalog order. Catch2's assertions
// are not thread-safe: the work returns what it found, and the test asserts on it
// in this thread. Judging every case of every problem is most of this test's time,
// and one core would otherwise wait while ctest runs it. Twice as many workers as
// cores: a concurrency problem's perturbed runs mostly sleep (building-h2o's 60
// random inputs: 17 s, of which 1.5 s on a CPU), and a case's time is CPU time.
template <class Work>
auto on_every_core(Work work) {
  using Found = decltype(work(std::declval<const Problem&>()));
  std::vector<const Problem*> todo;
  for (const auto& p : catalog().problems)
    if (selected(p)) todo.push_back(&p);
  std::vector<std::optional<Found>> found(todo.size());
  std::vector<std::exception_ptr> failed(todo.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < todo.size();) {
      try {
        found[i].emplace(work(*todo[i]));
      } catch (...) {
        failed[i] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> threads(2 * std::max(1u, std::thread::hardware_concurrency()) - 1);
    for (auto& t : threads) t = std::jthread(worker);
    worker();
  }
  std::vector<std::pair<const Problem*, Found>> out;
  for (std::size_t i = 0; i < todo.size(); ++i) {
    if (failed[i]) {  // Catch2 reports it, with the problem it came from
      try {
        std::rethrow_exception(failed[i]);
      } catch (const std::exception& e) {
        throw std::runtime_error(todo[i]->meta.slug + ": " + e.what());
      }
    }
    out.emplace_back(todo[i], std::move(*found[i]));
  }
  return out;
}

}  // namespace

TEST_CASE("The catalog loads without errors", "[catalog]") {
  for (const auto& e : catalog().errors) FAIL_CHECK(e.str());
  CHECK_FALSE(catalog().problems.empty());
}

TEST_CASE("Every problem's module builds, with its brute force and generator", "[catalog]") {
  for (const auto& p : catalog().problems) {
    if (!selected(p)) continue;
    INFO(p.meta.slug);
    std::string why;
    const Reference* ref = reference_for(p, &why);
    INFO(why);
    REQUIRE(ref != nullptr);
    CHECK(ref->solve);
    CHECK(ref->brute);
    CHECK(ref->generate);
    CHECK(static_cast<bool>(ref->checker) ==
          (p.meta.comparator.kind == Comparator::Kind::checker));
  }
}

TEST_CASE("Every problem has a statement that links the original and a costed reference",
          "[catalog]") {
  for (const auto& p : catalog().problems) {
    if (!selected(p)) continue;
    INFO(p.meta.slug);
    std::string statement = read(p.statement_file());
    // LeetCode's page, or for kata's own problems (no url) a line that says so.
    CHECK(statement.find(p.meta.url.empty() ? "kata's own problem" : p.meta.url) !=
          std::string::npos);
    CHECK(statement.find("## Examples") != std::string::npos);
    CHECK(statement.find("## Constraints") != std::string::npos);
    CHECK(statement.find("## Hints") != std::string::npos);
    std::string solution = read(p.solution_file());
    CHECK(solution.rfind("// Time:", 0) == 0);
    auto cost = read_complexity(p.solution_file());
    CHECK_FALSE(cost.time.empty());
    CHECK_FALSE(cost.space.empty());
    // What kata solution shows beside the code: one or two sentences, whole.
    CHECK(cost.invariant.size() > 40);
    CHECK(cost.invariant.find("  ") == std::string::npos);
    CHECK(std::filesystem::exists(p.dir / "brute.cpp"));
    CHECK(std::filesystem::exists(p.dir / "gen.cpp"));
  }
}

TEST_CASE("problem.json states the cost that the reference's // Time: line gives",
          "[catalog]") {
  for (const auto& p : catalog().problems) {
    if (!selected(p)) continue;
    INFO(p.meta.slug);
    CHECK(p.meta.cost.time == read_complexity(p.solution_file()).time);
    // "growth" is for a cost in more than one variable, and is a class in n alone.
    if (!p.meta.cost.growth.empty()) {
      CHECK_FALSE(growth::parse_big_o(p.meta.cost.time));
      CHECK(growth::parse_big_o(p.meta.cost.growth));
    }
  }
}

TEST_CASE("problem.json spells the reference's real signature", "[catalog]") {
  for (const auto& p : catalog().problems) {
    if (!selected(p) || p.meta.kind != ProblemMeta::Kind::function) continue;
    INFO(p.meta.slug);
    const Reference* ref = reference_for(p);
    REQUIRE(ref != nullptr);
    REQUIRE(ref->signature);
    CHECK(ref->signature->returns == p.meta.method.returns);
    std::vector<std::string> declared;
    for (const auto& param : p.meta.method.params) declared.push_back(param.type);
    CHECK(ref->signature->params == declared);
    // With an input builder, "input" spells the types its arguments() takes.
    std::vector<std::string> given;
    for (const auto& param : p.meta.input) given.push_back(param.type);
    CHECK(ref->input_types == given);
  }
}

TEST_CASE("Every problem's cases pass with the reference", "[catalog][cases]") {
  struct Judged {
    std::vector<LoadError> errors;
    std::size_t cases = 0;
    int at_max = 0;
    bool few = false;
    ProblemResult result;
  };
  const auto judged = on_every_core([](const Problem& p) {
    Judged j;
    const Reference* ref = reference_for(p);
    if (!ref) return j;
    auto cases = load_cases(p.cases_file(), p.meta, j.errors);
    // A concurrency problem may have few inputs in all (Print in Order: the six
    // orders of three threads), each run hundreds of times by its harness: its cases
    // are every input, or a dozen.
    j.few = p.meta.kind == ProblemMeta::Kind::concurrency;
    j.cases = cases.size();
    for (const auto& c : cases)
      if (c.generate && c.generate->size == p.meta.gen_max) ++j.at_max;
    expand_generated(cases, p.meta, *ref);
    j.result = judge_cases(p.meta, cases, ref->solve, ref->checker, {});
    return j;
  });
  for (const auto& [p, j] : judged) {
    INFO(p->meta.slug);
    REQUIRE(reference_for(*p) != nullptr);
    for (const auto& e : j.errors) FAIL_CHECK(e.str());
    CHECK(j.cases >= (j.few ? 6u : 12u));
    if (!j.few) CHECK(j.at_max >= 2);
    CHECK(j.result.cases.size() == j.cases);
    for (const auto& c : j.result.cases) {
      INFO(c.name << ": " << c.message);
      CHECK(to_string(c.verdict) == "AC");
    }
  }
}

TEST_CASE("The brute force passes every hand-written case", "[catalog][cases]") {
  // Hand-written expected answers are checked by an independent, obvious solution.
  const auto judged = on_every_core([](const Problem& p) -> std::optional<ProblemResult> {
    const Reference* ref = reference_for(p);
    if (!ref || !ref->brute) return std::nullopt;
    std::vector<LoadError> errors;  // the test above reports them
    auto cases = load_cases(p.cases_file(), p.meta, errors);
    std::erase_if(cases, [](const Case& c) { return c.generate.has_value(); });
    RunOptions slow;
    slow.time_limit_ms = 20000;
    return judge_cases(p.meta, cases, ref->brute, ref->checker, slow);
  });
  for (const auto& [p, result] : judged) {
    INFO(p->meta.slug);
    const Reference* ref = reference_for(*p);
    REQUIRE(ref != nullptr);
    REQUIRE(ref->brute);
    REQUIRE(result);
    for (const auto& c : result->cases) {
      INFO(c.name << ": " << c.message);
      CHECK(to_string(c.verdict) == "AC");
    }
  }
}

TEST_CASE("The reference agrees with the brute force on 200 random small inputs",
          "[catalog][brute]") {
  struct Compared {
    std::string name, input, brute;
    CaseResult result;
    std::string checker_says;  // the checker on the reference's answer, when there is one
  };
  struct Found {
    std::vector<Compared> inputs;
    std::size_t distinct = 0;
  };
  const auto found = on_every_core([](const Problem& p) {
    Found f;
    const Reference* ref = reference_for(p);
    if (!ref || !ref->brute || !ref->generate) return f;
    std::set<std::string> distinct_inputs;
    // A concurrency problem's call is already hundreds of perturbed runs (each of
    // the brute force's and the reference's), and its small inputs are few (Print
    // in Order has six): each input once, 30 of them at most. (Those of 60 seeds
    // took 61 s of the test's 100 on the concurrency problems.)
    const bool concurrency = p.meta.kind == ProblemMeta::Kind::concurrency;
    for (std::uint64_t seed = 1; seed <= 200u && !(concurrency && f.inputs.size() >= 30); ++seed) {
      kata::gen::Random rng(seed);
      int size = rng.between(0, p.meta.gen_small);
      Case c;
      c.name = "seed " + std::to_string(seed) + ", size " + std::to_string(size);
      c.input = ref->generate(rng, size);
      if (!distinct_inputs.insert(c.input.dump()).second && concurrency) continue;
      // The brute force's answer is the expected one; the reference must match it
      // under the problem's comparator (or both must satisfy its checker).
      Outcome brute = ref->brute(c.input, call_options(p.meta));
      c.expected = p.meta.answer_arg >= 0 ? brute.args_after.at(0) : brute.answer;
      Compared k{c.name, c.input.dump(), c.expected->dump(),
                 judge_case(p.meta, c, ref->solve, ref->checker, 60000), ""};
      if (ref->checker && k.result.got) k.checker_says = ref->checker(c.input, *k.result.got, *c.expected);
      f.inputs.push_back(std::move(k));
    }
    f.distinct = distinct_inputs.size();
    return f;
  });
  for (const auto& [p, f] : found) {
    INFO(p->meta.slug);
    const Reference* ref = reference_for(*p);
    REQUIRE(ref != nullptr);
    REQUIRE(ref->brute);
    REQUIRE(ref->generate);
    CHECK_FALSE(f.inputs.empty());
    for (const auto& k : f.inputs) {
      INFO(k.name << "\ninput: " << k.input << "\nbrute: " << k.brute << "\n" << k.result.message);
      CHECK(to_string(k.result.verdict) == "AC");
      if (ref->checker) CHECK(k.checker_says == "");
    }
    // A generator that ignores its seed would make this test vacuous.
    CHECK(f.distinct >= std::min<std::size_t>(20, static_cast<std::size_t>(p->meta.gen_small)));
  }
}

TEST_CASE("The study lists agree with the catalog", "[catalog][lists]") {
  const auto* hot = catalog().find_list("hot-100");
  REQUIRE(hot);
  CHECK(hot->entries().size() == 100);
  const auto* seed = catalog().find_list("seed");
  REQUIRE(seed);
  CHECK(seed->entries().size() == 15);
  for (const auto& l : catalog().lists)
    for (const auto& e : l.entries()) {
      INFO(l.name << ": " << e.id);
      if (const Problem* p = catalog().find_id(e.id)) CHECK(p->meta.title == e.title);
    }
  // The notes link each of their problems: all are here.
  if (!partial())
    for (const auto& e : seed->entries()) {
      INFO(e.id);
      CHECK(catalog().find_id(e.id));
    }
}

TEST_CASE("patterns/README.md holds the index generated from the catalog", "[catalog][patterns]") {
  if (partial()) return;  // a partial check has a partial index
  std::string readme = read(catalog().root.parent_path() / "patterns" / "README.md");
  const std::string begin = "<!-- index:begin -->\n", end = "<!-- index:end -->";
  auto b = readme.find(begin), e = readme.find(end);
  REQUIRE(b != std::string::npos);
  REQUIRE(e != std::string::npos);
  INFO("regenerate it with: ./kata list --markdown");
  CHECK(readme.substr(b + begin.size(), e - b - begin.size()) ==
        pattern_index_markdown(catalog()));
}

TEST_CASE("Each pattern's note links every problem of the pattern", "[catalog][patterns]") {
  for (const auto& pattern : catalog().patterns()) {
    INFO(pattern);
    auto note = catalog().root.parent_path() / "patterns" / pattern / "README.md";
    CHECK(std::filesystem::exists(note));  // a missing note fails; the other patterns are still read
    if (!std::filesystem::exists(note)) continue;
    std::string text = read(note);
    for (const auto& p : catalog().problems) {
      if (p.meta.pattern != pattern || !selected(p)) continue;
      INFO(p.meta.slug);
      CHECK(text.find("(../../problems/" + pattern + "/" + p.meta.slug + "/)") !=
            std::string::npos);
    }
  }
}

TEST_CASE("Every statement fits an 80-column terminal as kata shows it", "[catalog]") {
  // kata show re-flows prose and tables (fit_markdown); code it shows as written,
  // so a statement's code lines must fit as they are.
  for (const auto& p : catalog().problems) {
    if (!selected(p)) continue;
    INFO(p.statement_file().string());
    std::istringstream shown(kata::judge::fit_markdown(read(p.statement_file())));
    int line_number = 0;
    for (std::string line; std::getline(shown, line);) {
      ++line_number;
      INFO("shown line " << line_number << ": " << line);
      // An address is one word a terminal cannot break: it stays whole.
      const bool address = line.find("http") != std::string::npos &&
                           line.find(' ', line.find_first_not_of(' ')) == std::string::npos;
      if (!address) CHECK(kata::judge::display_width(line) <= 80);
    }
  }
}

TEST_CASE("Every reference fits an 80-column terminal as kata solution shows it", "[catalog]") {
  // problems/.clang-format keeps them there.
  for (const auto& p : catalog().problems) {
    if (!selected(p)) continue;
    INFO(p.solution_file().string());
    std::istringstream code(read(p.solution_file()));
    int line_number = 0;
    for (std::string line; std::getline(code, line);) {
      ++line_number;
      INFO("line " << line_number << ": " << line);
      CHECK(kata::judge::display_width(line) <= 80);
    }
  }
}

TEST_CASE("Each pattern's note keeps its code within 80 columns, as kata hint shows it",
          "[catalog][patterns]") {
  for (const auto& pattern : catalog().patterns()) {
    auto note = catalog().root.parent_path() / "patterns" / pattern / "README.md";
    if (!std::filesystem::exists(note)) continue;  // the test above says so
    INFO(note.string());
    std::istringstream text(read(note));
    bool in_code = false;
    int line_number = 0;
    for (std::string line; std::getline(text, line);) {
      ++line_number;
      if (line.find("```") != std::string::npos && line.find_first_not_of(' ') == line.find("```"))
        in_code = !in_code;
      else if (in_code) {
        INFO("line " << line_number << ": " << line);
        CHECK(kata::judge::display_width(line) <= 80);
      }
    }
  }
}
