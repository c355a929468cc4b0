// problem.json and case files: parsing, and errors that point at file:line:col.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <kata/judge/problem.hpp>

using namespace kata::judge;
using Catch::Matchers::Contains;

namespace {

const char* kProblem = R"({
  "id": 35,
  "slug": "search-insert-position",
  "title": "Search Insert Position",
  "pattern": "binary-search",
  "difficulty": "Easy",
  "url": "https://leetcode.com/problems/search-insert-position/",
  "method": {"name": "searchInsert",
             "params": [{"name": "nums", "type": "vector<int>&"}, {"name": "target", "type": "int"}],
             "returns": "int"}
})";

ProblemMeta meta() {
  std::vector<LoadError> errors;
  auto m = parse_problem(kProblem, "problem.json", errors);
  REQUIRE(m);
  return *m;
}

}  // namespace

TEST_CASE("problem.json gives the metadata and signature", "[problem]") {
  auto m = meta();
  CHECK(m.id == 35);
  CHECK(m.kind == ProblemMeta::Kind::function);
  CHECK(m.method.params.size() == 2);
  CHECK(signature_line(m.method) == "int searchInsert(vector<int>& nums, int target)");
  CHECK(m.comparator.kind == Comparator::Kind::exact);
  CHECK(m.answer_arg == -1);
}

TEST_CASE("kata's own problem has no url, and no leetcode.cn page either", "[problem]") {
  CHECK(meta().cn_url() == "https://leetcode.cn/problems/search-insert-position/");
  std::string text = kProblem;
  const auto at = text.find("  \"url\"");
  text.erase(at, text.find('\n', at) + 1 - at);
  std::vector<LoadError> errors;
  auto m = parse_problem(text, "problem.json", errors);
  REQUIRE(m);
  CHECK(errors.empty());
  CHECK(m->url.empty());
  CHECK(m->cn_url().empty());
}

TEST_CASE("A problem.json error names the line and column of the bad value", "[problem]") {
  std::string text = kProblem;
  text.replace(text.find("\"Easy\""), 6, "\"Trivial\"");
  std::vector<LoadError> errors;
  CHECK_FALSE(parse_problem(text, "p/problem.json", errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 6);
  CHECK(errors[0].column == 17);
  CHECK_THAT(errors[0].str(), Contains("p/problem.json:6:17: \"difficulty\" must be Easy"));
}

TEST_CASE("problem.json states the cost asked for, and its growth in the generator's size",
          "[problem]") {
  CHECK(meta().cost.time.empty());
  std::string text = kProblem;
  const std::string end = "\n}";
  text.replace(text.rfind(end), end.size(),
               ",\n  \"complexity\": {\"time\": \"O(m * n)\", \"growth\": \"O(n^2)\"}\n}");
  std::vector<LoadError> errors;
  auto m = parse_problem(text, "problem.json", errors);
  REQUIRE(m);
  CHECK(m->cost.time == "O(m * n)");
  CHECK(m->cost.growth == "O(n^2)");

  text.replace(text.find("\"O(m * n)\""), 10, "3");
  CHECK_FALSE(parse_problem(text, "problem.json", errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].str(), Contains("problem.json:11:") && Contains("\"complexity.time\" must be"));
}

TEST_CASE("A missing member is reported at its enclosing object", "[problem]") {
  std::string text = kProblem;
  text.replace(text.find("\"returns\": \"int\""), 16, "\"result\": 1");
  std::vector<LoadError> errors;
  CHECK_FALSE(parse_problem(text, "problem.json", errors));
  REQUIRE_FALSE(errors.empty());
  CHECK_THAT(errors[0].message, Contains("missing \"returns\" in \"method\""));
  CHECK(errors[0].line == 8);
}

TEST_CASE("Malformed JSON names the line and column", "[problem][cases]") {
  std::vector<LoadError> errors;
  auto cases = parse_cases("{\"cases\": [\n  {\"name\": \"a\",\n   \"input\": [1,, 2]}\n]}",
                           "cases.json", meta(), errors);
  CHECK(cases.empty());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 3);
  CHECK(errors[0].column == 16);  // the second comma
  CHECK_THAT(errors[0].message, Contains("invalid JSON"));
}

TEST_CASE("A broken case is named with its line and the others still load", "[cases]") {
  const char* text = R"({"cases": [
    {"name": "ok", "input": [[1, 3], 3], "expected": 1},
    {"name": "one-argument", "input": [[1, 3]], "expected": 1},
    {"input": [[1], 1], "expected": 0},
    {"name": "no-expected", "input": [[1], 1]},
    {"name": "ok", "input": [[1], 1], "expected": 0},
    {"name": "big", "generate": {"seed": 4, "size": "max"}}
  ]})";
  std::vector<LoadError> errors;
  auto cases = parse_cases(text, "cases.json", meta(), errors);
  REQUIRE(cases.size() == 6);
  CHECK_FALSE(cases[0].error);
  REQUIRE(cases[1].error);
  CHECK_THAT(*cases[1].error, Contains("1 argument; searchInsert takes 2"));
  CHECK(cases[1].line == 3);
  CHECK(cases[2].name == "#3");
  CHECK_THAT(*cases[2].error, Contains("no \"name\""));
  CHECK_THAT(*cases[3].error, Contains("no \"expected\""));
  CHECK_THAT(*cases[4].error, Contains("also named \"ok\""));
  CHECK_FALSE(cases[5].error);
  REQUIRE(cases[5].generate);
  CHECK(cases[5].generate->seed == 4);
  REQUIRE(errors.size() == 4);
  CHECK_THAT(errors[0].str(), Contains("cases.json:3:5: case \"one-argument\""));
  // Each error names the case it belongs to, as data: the file itself is fine.
  for (const auto& e : errors) CHECK_FALSE(e.case_name.empty());
  CHECK(errors[0].case_name == "one-argument");
}

TEST_CASE("With a builder, a case lists the values problem.json's \"input\" names",
          "[problem][builder]") {
  std::string text = kProblem;
  text.insert(text.rfind('}'), R"(, "input": [{"name": "nums", "type": "vector<int>"}])");
  std::vector<LoadError> errors;
  auto m = parse_problem(text, "problem.json", errors);
  REQUIRE(m);
  CHECK(errors.empty());
  REQUIRE(m->case_params().size() == 1);
  CHECK(m->case_params()[0].name == "nums");
  auto cases = parse_cases(R"({"cases": [{"name": "one", "input": [[1]], "expected": 0},
                                         {"name": "two", "input": [[1], 2], "expected": 0}]})",
                           "cases.json", *m, errors);
  REQUIRE(cases.size() == 2);
  CHECK_FALSE(cases[0].error);
  REQUIRE(cases[1].error);
  CHECK_THAT(*cases[1].error, Contains("this problem's cases give 1"));

  std::string protect = text;
  protect.insert(protect.rfind('}'), R"(, "unmodified": ["nums"])");
  errors.clear();
  CHECK_FALSE(parse_problem(protect, "problem.json", errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Contains("input builder reads its answer from the return value"));
}

TEST_CASE("problem.json's \"input\" and a builder.cpp come together", "[problem][builder]") {
  auto dir =
      std::filesystem::temp_directory_path() / ("kata-builder-test-" + std::to_string(::getpid()));
  auto folder = dir / "search-insert-position";
  std::filesystem::create_directories(folder);
  auto write = [](const std::filesystem::path& p, const std::string& text) {
    std::ofstream(p) << text;
  };
  std::vector<LoadError> errors;
  write(folder / "problem.json", kProblem);
  write(folder / "builder.cpp", "struct Builder {};\n");
  CHECK_FALSE(load_problem(folder, errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Contains("has a builder.cpp, so problem.json needs \"input\""));

  std::string with_input = kProblem;
  with_input.insert(with_input.rfind('}'),
                    R"(, "input": [{"name": "nums", "type": "vector<int>"}])");
  write(folder / "problem.json", with_input);
  errors.clear();
  auto p = load_problem(folder, errors);
  REQUIRE(p);
  CHECK(p->meta.builder == (folder / "builder.cpp").string());

  std::filesystem::remove(folder / "builder.cpp");
  errors.clear();
  CHECK_FALSE(load_problem(folder, errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].str(), Contains("problem.json:11:"));
  CHECK_THAT(errors[0].message, Contains("needs a builder.cpp"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("A case file must hold a list of cases", "[cases]") {
  std::vector<LoadError> errors;
  CHECK(parse_cases("[1, 2]", "x.json", meta(), errors).empty());
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Contains("{\"cases\": ["));
}

TEST_CASE("locate finds where members and elements begin", "[json]") {
  std::string text = "{\"a\": [10, {\"b\": \"x\"}],\n \"c\": 3}";
  auto at = locate(text, {"a", std::size_t{1}, "b"});
  REQUIRE(at);
  CHECK(text.substr(*at, 3) == "\"x\"");
  auto c = locate(text, {"c"});
  REQUIRE(c);
  CHECK(position_of(text, *c).line == 2);
  CHECK_FALSE(locate(text, {"zzz"}));
  CHECK(element_offsets(text, {"a"}).size() == 2);
}

TEST_CASE("LineIndex gives the same line and column as a scan from the start", "[json]") {
  std::string text = "{\n  \"cases\": [\n\n    1,\n  2]\n}\nlast line without newline";
  LineIndex lines(text);
  for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
    INFO("offset " << offset);
    auto want = position_of(text, offset);
    auto got = lines.position(offset);
    CHECK(got.line == want.line);
    CHECK(got.column == want.column);
  }
  CHECK(LineIndex("").position(0).line == 1);
}

TEST_CASE("A study list keeps its sections and order; a repeated id names its line", "[problem]") {
  const std::string text = R"({
  "title": "Two lists in one",
  "sections": [
    {"title": "first", "problems": [{"id": 35, "title": "Search Insert Position"},
                                    {"id": 1, "title": "Two Sum"}]},
    {"title": "second", "problems": [{"id": 46, "title": "Permutations"}]}
  ]
})";
  std::vector<LoadError> errors;
  auto list = parse_problem_list(text, "l.json", "mine", errors);
  REQUIRE(errors.empty());
  REQUIRE(list);
  CHECK(list->name == "mine");
  REQUIRE(list->sections.size() == 2);
  auto entries = list->entries();
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].id == 35);
  CHECK(entries[1].id == 1);
  CHECK(entries[2].title == "Permutations");
  CHECK(list->contains(46));
  CHECK_FALSE(list->contains(2));

  const std::string twice = R"({
  "title": "t",
  "sections": [{"title": "s", "problems": [{"id": 1, "title": "a"},
                                           {"id": 1, "title": "b"}]}]
})";
  errors.clear();
  CHECK_FALSE(parse_problem_list(twice, "l.json", "t", errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 4);
  CHECK_THAT(errors[0].message, Contains("on the list twice"));

  errors.clear();
  CHECK_FALSE(parse_problem_list(R"({"title": "t", "sections": [{"title": "s", "problems": [{"id": 3}]}]})",
                                 "l.json", "t", errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Contains("title"));
}


TEST_CASE("A concurrency problem gives LeetCode's class and its harness's run, and needs a "
          "harness.cpp",
          "[problem][concurrency]") {
  const std::string json = R"({
  "id": 1114, "slug": "print-in-order", "title": "Print in Order", "pattern": "concurrency",
  "difficulty": "Easy", "url": "https://leetcode.com/problems/print-in-order/",
  "kind": "concurrency", "class": "Foo", "constructor": [],
  "methods": [{"name": "first", "params": [{"name": "printFirst", "type": "function<void()>"}],
               "returns": "void"}],
  "harness": {"params": [{"name": "nums", "type": "vector<int>"}], "returns": "string"}
})";
  std::vector<LoadError> errors;
  auto m = parse_problem(json, "problem.json", errors);
  REQUIRE(m);
  CHECK(errors.empty());
  CHECK(m->kind == ProblemMeta::Kind::concurrency);
  CHECK(m->has_class());
  CHECK(m->class_name == "Foo");
  CHECK(signature_line(m->methods.at(0)) == "void first(function<void()> printFirst)");
  CHECK(signature_line(m->method) == "string run(vector<int> nums)");  // what a case feeds
  CHECK(m->case_params().size() == 1);
  CHECK(std::string(to_string(m->kind)) == "concurrency");
  CHECK_FALSE(m->on_sched);  // threads, unless it says otherwise

  // "runtime": "kata::sched" puts the attempt on kata's scheduler; nothing else
  // is a runtime, and only a concurrency problem has one.
  auto with_runtime = [&](std::string text, const std::string& runtime) {
    text.insert(text.rfind('}'), ",\n  \"runtime\": \"" + runtime + "\"\n");
    return text;
  };
  errors.clear();
  auto on_sched = parse_problem(with_runtime(json, "kata::sched"), "problem.json", errors);
  REQUIRE(on_sched);
  CHECK(errors.empty());
  CHECK(on_sched->on_sched);
  errors.clear();
  CHECK_FALSE(parse_problem(with_runtime(json, "goroutines"), "problem.json", errors));
  REQUIRE_FALSE(errors.empty());
  CHECK_THAT(errors[0].message, Contains("\"runtime\" can only be \"kata::sched\""));
  CHECK(errors[0].line > 1);  // at the field, not at the top of the file

  // Without "harness" there is nothing to call with a case: an error at the object.
  std::string without = json;
  const auto from = without.find(",\n  \"harness\"");
  without.erase(from, without.rfind('}') - from);
  errors.clear();
  CHECK_FALSE(parse_problem(without, "problem.json", errors));
  REQUIRE_FALSE(errors.empty());
  CHECK_THAT(errors[0].message, Contains("harness"));

  // The folder must hold the harness; a harness.cpp makes the kind concurrency.
  auto dir =
      std::filesystem::temp_directory_path() / ("kata-harness-test-" + std::to_string(::getpid()));
  auto folder = dir / "print-in-order";
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "problem.json") << json;
  errors.clear();
  CHECK_FALSE(load_problem(folder, errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Contains("needs a harness.cpp"));
  std::ofstream(folder / "harness.cpp") << "template <class Foo> struct Harness {};\n";
  errors.clear();
  auto p = load_problem(folder, errors);
  REQUIRE(p);
  CHECK(p->meta.harness == (folder / "harness.cpp").string());
  std::ofstream(folder / "problem.json") << kProblem;  // a function problem, renamed
  errors.clear();
  std::filesystem::rename(folder, dir / "search-insert-position");
  CHECK_FALSE(load_problem(dir / "search-insert-position", errors));
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Contains("\"kind\" must be \"concurrency\""));
  std::filesystem::remove_all(dir);
}
