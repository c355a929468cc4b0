// A problem as the catalog knows it: its metadata (problem.json) and its cases.
//
// The schema of problem.json and cases.json is documented in problems/README.md.
// Every loading error is a LoadError naming the file, line and column, and the
// case when there is one; loading never throws.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <kata/judge/compare.hpp>
#include <kata/judge/json.hpp>

namespace kata::judge {

struct LoadError {
  std::string file;  // as given, relative where possible
  int line = 0;      // 0 when the whole file is at fault
  int column = 0;
  std::string message;
  // The case the error is about, when it is about one case (that case is an ERR
  // and the rest of the file still runs); empty when the file itself is at fault.
  std::string case_name = {};
  std::string str() const;  // "file:line:col: message"
};

struct Param {
  std::string name;
  std::string type;  // as written in C++: "vector<int>&", "int", "TreeNode*"
};

struct MethodSpec {
  std::string name;
  std::vector<Param> params;
  std::string returns = "void";
};

struct ProblemMeta {
  int id = 0;  // LeetCode's number; kata's own problems take 9001 and up
  // `url` is LeetCode's page, empty for kata's own problems (Channel Close).
  std::string slug, title, pattern, difficulty, url;
  // A concurrency problem (Print in Order) is LeetCode's class, whose methods its
  // threads call, run by the problem's harness.cpp: `template <class Foo> struct
  // Harness { R run(case values...); }` starts the threads, runs them over many
  // perturbed interleavings and returns what they did (problems/README.md). The
  // judge calls Harness<Foo>::run as it calls a function problem's method: `method`
  // is run's signature (problem.json's "harness"), and `class_name`, `constructor`
  // and `methods` are LeetCode's class, for the stub and for messages.
  enum class Kind { function, design, concurrency } kind = Kind::function;
  std::string class_name = "Solution";
  MethodSpec method;                 // function problems; a concurrency problem's Harness::run
  std::vector<Param> constructor;    // design and concurrency problems
  std::vector<MethodSpec> methods;   // design and concurrency problems
  int answer_arg = -1;               // -1: the return value; else the argument read after a void call
  std::vector<int> unmodified_args;  // arguments the solution must leave as they were
  // When the cases do not spell the method's arguments (a list with a cycle at
  // `pos`), "input" names what they do give, and the problem's builder.cpp turns
  // it into the arguments. Empty otherwise.
  std::vector<Param> input;
  std::string builder;  // that builder.cpp's path (set by load_problem)
  std::string harness;  // a concurrency problem's harness.cpp (set by load_problem)
  // A concurrency problem whose attempt runs on kata's coroutine scheduler rather
  // than on threads (problem.json's "runtime": "kata::sched"): <kata/sched.hpp> comes
  // before the attempt, with `namespace ks = kata::sched`, and the attempt's runner
  // compiles the scheduler's sources with the attempt's own flags (ThreadSanitizer
  // must see the scheduler's synchronisation, or it reports the hand-offs of task
  // frames between its threads as races).
  bool on_sched = false;
  // LeetCode's "Definition for a Node" block when the method uses a type the prelude
  // does not declare (Copy List with Random Pointer's Node): the folder's
  // definitions.hpp, included before the reference, the brute force, the builder and
  // the attempt. Empty when there is none (set by load_problem).
  std::string definitions;
  // What one case's "input" lists: `input` when there is a builder, else the method's parameters.
  const std::vector<Param>& case_params() const { return input.empty() ? method.params : input; }
  Comparator comparator;
  int time_limit_ms = 2000;
  int memory_limit_mb = 256;
  int gen_small = 8;    // the generator's size for random small inputs (brute-force checks)
  int gen_max = 1000;   // its size at the problem's maximum constraints
  // The cost the problem asks for (problem.json's "complexity"; a test keeps `time`
  // equal to the reference's "// Time:" line). `growth` is the same cost as the
  // generator's size grows, when `time` names more than one variable: Number of
  // Islands is O(m * n) and its generator draws both sides up to the size, so
  // "O(n^2)". Empty when not stated.
  struct Cost {
    std::string time, growth;
  } cost;
  // The same problem on leetcode.cn (the Chinese site uses the same slugs); empty
  // for kata's own problems.
  std::string cn_url() const;
  // A class the person writes with its constructor and methods (design and
  // concurrency problems), rather than one method of Solution.
  bool has_class() const { return kind != Kind::function; }
};

// A study list, patterns/lists/NAME.json: LeetCode problems in the list's own order,
// by section, with the ones the catalog does not have yet. The list files are the
// one place that says which problem is on which list.
struct ProblemList {
  std::string name;   // the file's stem: "hot-100"
  std::string title;  // "LeetCode Hot 100 (热题 100)"
  std::string url;    // the list on LeetCode, when it has a page
  std::string about;
  struct Entry {
    int id = 0;
    std::string title;
  };
  struct Section {
    std::string title;
    std::vector<Entry> problems;
  };
  std::vector<Section> sections;
  std::vector<Entry> entries() const;  // every section's, in order
  bool contains(int id) const;
};

struct Case {
  std::string name;
  Json input;
  std::optional<Json> expected;  // absent for generated cases until the reference fills it
  std::string file;
  int line = 0;
  std::optional<std::string> error;  // this case cannot run (missing input, ...): ERR
  struct Generated {
    std::uint64_t seed = 0;
    int size = 0;
    bool full_size = false;  // every dimension at `size` (kata bench; gen.hpp's extent)
  };
  std::optional<Generated> generate;  // input made by the problem's generator
};

struct Problem {
  ProblemMeta meta;
  std::filesystem::path dir;
  std::filesystem::path cases_file() const { return dir / "cases.json"; }
  std::filesystem::path statement_file() const { return dir / "README.md"; }
  std::filesystem::path solution_file() const { return dir / "solution.cpp"; }
  std::filesystem::path builder_file() const { return dir / "builder.cpp"; }  // when meta.input is set
  std::filesystem::path definitions_file() const { return dir / "definitions.hpp"; }  // optional
  std::filesystem::path harness_file() const { return dir / "harness.cpp"; }  // concurrency problems
};

// "function", "design", "concurrency": problem.json's word for the kind.
const char* to_string(ProblemMeta::Kind kind);

// Reads dir/problem.json. On failure returns nullopt and appends to errors.
std::optional<Problem> load_problem(const std::filesystem::path& dir,
                                    std::vector<LoadError>& errors);

// Reads a case file. File-level errors (bad JSON, no "cases" list) go to errors and
// give no cases; a broken case is kept with its `error` set so it reports as ERR.
std::vector<Case> load_cases(const std::filesystem::path& file, const ProblemMeta& meta,
                             std::vector<LoadError>& errors);

// Parses case-file text (file is used in messages only).
std::vector<Case> parse_cases(const std::string& text, const std::string& file,
                              const ProblemMeta& meta, std::vector<LoadError>& errors);

// Parses a list file's text; `name` is the file's stem. Errors as for problem.json.
std::optional<ProblemList> parse_problem_list(const std::string& text, const std::string& file,
                                              const std::string& name,
                                              std::vector<LoadError>& errors);

// JSON text as a value; malformed text is one LoadError at the line and column
// where the parser stopped ("invalid JSON: why"), and nullopt.
std::optional<Json> parse_json(const std::string& text, const std::string& file,
                               std::vector<LoadError>& errors);

std::optional<ProblemMeta> parse_problem(const std::string& text, const std::string& file,
                                         std::vector<LoadError>& errors);

// The signature as LeetCode shows it: `int searchInsert(vector<int>& nums, int target)`.
std::string signature_line(const MethodSpec& m);

// "Time:" and "Space:" from the solution's opening comment lines, if present.
// The head of a reference (solution.cpp): "// Time:  O(n)", "// Space: O(1)",
// "// Invariant: ..." (continued on lines that start "//   ").
struct Complexity {
  std::string time, space, invariant;
};
Complexity read_complexity(const std::filesystem::path& solution_file);

}  // namespace kata::judge
