// Hostile and wrong attempts, each with the verdict written at its top.
#include <catch2/catch.hpp>

#include <kata/attempt/sandbox.hpp>
#include <kata/attempt/stub.hpp>
#include <kata/judge/report.hpp>

#include "fixtures.hpp"

using namespace kata;
using namespace kata::test;
using judge::Verdict;

namespace {

// Processes still running the runner's executable (forked copies keep its cmdline).
std::vector<int> processes_running(const fs::path& exe) {
  std::vector<int> pids;
  for (const auto& e : fs::directory_iterator("/proc")) {
    std::string name = e.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream in(e.path() / "cmdline");
    std::string cmd;
    std::getline(in, cmd, '\0');
    if (cmd == exe.string()) pids.push_back(std::stoi(name));
  }
  return pids;
}

int line_of_marker(const fs::path& file) {
  std::ifstream in(file);
  int n = 0;
  for (std::string l; std::getline(in, l);) {
    ++n;
    if (l.find("// <- here") != std::string::npos) return n;
  }
  return 0;
}

}  // namespace

TEST_CASE("Every fixture gets the verdict written at its top", "[attempts][fixtures]") {
  std::vector<fs::path> dirs;
  for (const auto& dir : fs::directory_iterator(KATA_ATTEMPT_FIXTURES))
    if (dir.is_directory()) dirs.push_back(dir.path());
  std::sort(dirs.begin(), dirs.end());  // one order, so that the shards split it
  std::size_t index = 0;
  for (const auto& dir : dirs) {
    std::string slug = dir.filename().string();
    std::vector<fs::path> files;
    for (const auto& f : fs::directory_iterator(dir))
      if (f.path().extension() == ".cpp" && !expectation(f.path()).verdict.empty())
        files.push_back(f.path());
    if (files.empty()) continue;  // not a problem's fixtures (catalog/: a home for cli_test)
    if (!compiled_problem(slug)) {
      FAIL_CHECK(slug << " has no reference module: its fixtures cannot be judged");
      continue;
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (!in_shard(index++)) continue;
      std::string name = f.stem().string();
      auto want = expectation(f);
      if (needs_isolation(f) && !attempt::sandbox::isolation().available) {
        WARN(slug << "/" << name << " needs isolation, which is off here ("
                  << attempt::sandbox::isolation().why_not << "): not run");
        continue;
      }
      DYNAMIC_SECTION(slug << "/" << name << " is " << want.verdict) {
        // A WA, TLE, MLE or CE is the fast run's verdict (attempt.hpp): the sanitized
        // run could only add a report, which the AC fixtures show does not come
        // unbidden, and the RE ones that it comes when due. So those are judged by
        // the fast runner alone, without the sanitized build and run (for a
        // concurrency kata, ThreadSanitizer's runs of every case).
        const bool sanitize = want.verdict == "AC" || want.verdict == "RE";
        const auto& r = judged(slug, name, sanitize);
        CHECK(r.sanitized == sanitize);
        CHECK(judge::to_string(r.result.verdict) == want.verdict);
        // An answer that explains the case is there to be shown (report.cpp shows it).
        for (const auto& c : r.result.cases) CHECK((!c.got_explains || c.got.has_value()));
        if (!want.text.empty()) {
          const auto* bad = first_failure(r);
          REQUIRE(bad);
          // A concurrency kata's WA explains itself in its answer (got_explains).
          const std::string said =
              bad->got_explains && bad->got ? bad->got->get<std::string>() : bad->message;
          CHECK_THAT(said, Catch::Contains(want.text));
        }
        CHECK(attempt::sandbox::children_of_self().empty());
        // Nothing left outside: no file, no log record (looked at around the
        // judging itself, wherever it happened first: fixtures.hpp).
        for (const auto& what : left_outside(slug, name)) FAIL_CHECK(what);
      }
    }
  }
}

namespace {

// Processes on the machine named `comm` (as /proc/PID/comm shows it).
int processes_named(const std::string& comm) {
  int n = 0;
  for (const auto& e : fs::directory_iterator("/proc")) {
    std::ifstream in(e.path() / "comm");
    std::string name;
    if (std::getline(in, name) && name == comm) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("An isolated attempt's files and processes stay in its sandbox", "[attempts]") {
  if (!attempt::sandbox::isolation().available) {
    WARN("isolation is off here (" << attempt::sandbox::isolation().why_not
                                   << "): checked without it in sandbox_test");
    return;
  }
  SECTION("files it writes, here, in /tmp, up the tree or at home, never reach the disk") {
    CHECK(judged("search-insert-position", "ac_writes_outside").result.verdict == Verdict::AC);
    std::vector<fs::path> places{fs::current_path(), fs::temp_directory_path()};
    for (fs::path up = fs::current_path(); up.has_relative_path(); up = up.parent_path())
      places.push_back(up.parent_path());
    if (const char* home = std::getenv("HOME")) places.emplace_back(home);
    for (const auto& dir : places) CHECK_FALSE(fs::exists(dir / "kata-escape-probe"));
  }
  SECTION("a chain of processes in sessions of their own ends with it") {
    CHECK(judged("search-insert-position", "ac_setsid_chain").result.verdict == Verdict::AC);
    CHECK(processes_named("kata-chain") == 0);
  }
}

TEST_CASE("An off-by-one passes the official examples and fails an edge case", "[attempts]") {
  const auto& r = judged("search-insert-position", "wa_off_by_one");
  REQUIRE(r.result.verdict == Verdict::WA);
  for (const auto& c : r.result.cases)
    if (c.name.rfind("example-", 0) == 0) CHECK(c.verdict == Verdict::AC);
  const auto* bad = first_failure(r);
  REQUIRE(bad);
  CHECK(bad->name == "before-the-start");
  CHECK(bad->got == judge::Json(1));
  CHECK(bad->expected == judge::Json(0));
  CHECK(r.result.passed > 0);
  CHECK(r.result.passed < r.result.total);
}

TEST_CASE("Each case shows what the attempt printed during it, and only that", "[attempts]") {
  const auto& r = judged("search-insert-position", "wa_prints");
  REQUIRE(r.result.verdict == Verdict::WA);
  const auto cases = problem_cases(*compiled_problem("search-insert-position"));
  REQUIRE(cases.size() == r.result.cases.size());
  for (std::size_t i = 0; i < r.result.cases.size(); ++i) {
    const auto& c = r.result.cases[i];
    INFO(c.name);
    const int target = cases[i].input[1].get<int>();
    // cout (with endl) and printf, in the order written, whatever their buffers.
    CHECK(c.output.rfind("looking for " + std::to_string(target) + " in ", 0) == 0);
    CHECK_THAT(c.output, Catch::Contains("printf sees " + std::to_string(target) + "\n"));
    if (c.verdict == Verdict::WA)
      CHECK_THAT(c.output, Catch::Contains("past the end for " + std::to_string(target)));
  }
  // Shown under the failing case, escaped, labelled as the attempt's.
  char* text = nullptr;
  std::size_t size = 0;
  std::FILE* out = open_memstream(&text, &size);
  judge::print_result(out, r.result, judge::Style{});
  std::fclose(out);
  std::string shown(text, size);
  std::free(text);
  CHECK_THAT(shown, Catch::Contains("stdout    looking for"));
  CHECK_THAT(shown, Catch::Contains("\\x1b[2J"));
  CHECK(shown.find('\x1b') == std::string::npos);
}

TEST_CASE("A Permutations answer with a duplicated row is wrong", "[attempts]") {
  if (!compiled_problem("permutations")) {
    WARN("permutations has no reference module");
    return;
  }
  const auto& r = judged("permutations", "wa_duplicated_row");
  CHECK(r.result.verdict == Verdict::WA);
  CHECK(judged("permutations", "ac").result.verdict == Verdict::AC);
}

TEST_CASE("A time, memory, output or stack limit stops judging; other failures do not",
          "[attempts]") {
  for (std::string name : {"tle_loop", "mle_alloc", "re_flood", "re_deep_recursion"}) {
    INFO(name);
    const auto& r = judged("search-insert-position", name);
    REQUIRE(r.result.cases.size() == 1);
    CHECK(r.notes.not_run == r.result.total - 1);
    CHECK(r.result.passed == 0);
  }
  const auto& re = judged("search-insert-position", "re_abort");
  CHECK(static_cast<int>(re.result.cases.size()) == re.result.total);  // a fresh child per case
  CHECK(re.notes.children == re.result.total);
}

TEST_CASE("Deep recursion has a big stack, and overflowing it is a stack overflow", "[attempts]") {
  CHECK(judged("search-insert-position", "ac_deep_recursion").result.verdict == Verdict::AC);
  const auto& r = judged("search-insert-position", "re_deep_recursion");
  REQUIRE(first_failure(r));
  CHECK_THAT(first_failure(r)->message, Catch::Contains("SIGSEGV"));
  CHECK(r.sanitizer.empty());  // a stack overflow needs no sanitizer to explain it
}

TEST_CASE("Nothing the attempt spawned outlives the judging", "[attempts]") {
  const auto& r = judged("search-insert-position", "ac_spawns_child");
  CHECK(r.result.verdict == Verdict::AC);
  CHECK(processes_running(r.build.exe).empty());
  CHECK(attempt::sandbox::children_of_self().empty());
}

TEST_CASE("The compiler has a CPU budget: a compile-time bomb is CE, not minutes of waiting",
          "[attempts]") {
  const auto* p = compiled_problem("search-insert-position");
  REQUIRE(p);
  attempt::AttemptOptions opts;
  opts.sanitize = false;
  opts.toolchain.compile_cpu = std::chrono::seconds(2);
  auto r = attempt::judge_attempt(p->meta, fixture("search-insert-position", "compiler_bomb"),
                                  problem_cases(*p), attempt::reference_for(*p)->checker, opts);
  REQUIRE(r.result.verdict == Verdict::CE);
  const auto* bad = first_failure(r);
  REQUIRE(bad);
  CHECK_THAT(bad->message, Catch::Contains("compiler_bomb.cpp: the compiler ran out of time: "
                                           "more than 2 s of CPU"));
  CHECK(attempt::sandbox::children_of_self().empty());
}

TEST_CASE("A compiler that runs out of memory is a CE that says so", "[attempts]") {
  const auto* p = compiled_problem("search-insert-position");
  REQUIRE(p);
  attempt::AttemptOptions opts;
  opts.sanitize = false;
  opts.toolchain.compile_memory_bytes = std::size_t{256} << 20;
  auto r =
      attempt::judge_attempt(p->meta, fixture("search-insert-position", "compiler_memory_bomb"),
                             problem_cases(*p), attempt::reference_for(*p)->checker, opts);
  REQUIRE(r.result.verdict == Verdict::CE);
  const auto* bad = first_failure(r);
  REQUIRE(bad);
  CHECK_THAT(bad->message, Catch::Contains("compiler_memory_bomb.cpp: the compiler ran out of "
                                           "memory: more than 256 MiB"));
  CHECK(attempt::sandbox::children_of_self().empty());
  // The crashed compiler's temporary files went with its own TMPDIR.
  for (const auto& e : fs::directory_iterator(fs::temp_directory_path()))
    CHECK(e.path().filename().string().rfind("search-insert-position-", 0) != 0);
}

TEST_CASE("A compile error points at the attempt's own file and line", "[attempts]") {
  const auto& r = judged("search-insert-position", "ce");
  REQUIRE(r.result.verdict == Verdict::CE);
  const auto* bad = first_failure(r);
  REQUIRE(bad);
  CHECK_THAT(bad->message, Catch::Contains("ce.cpp:7:"));
  CHECK_THAT(bad->message, Catch::Contains("error:"));
  CHECK(r.result.total > 1);
  CHECK(r.result.passed == 0);
}

TEST_CASE("An error inside a header names the attempt's line that led there", "[attempts]") {
  if (!compiled_problem("lru-cache")) {
    WARN("lru-cache has no reference module");
    return;
  }
  const auto& r = judged("lru-cache", "ce_in_header");
  REQUIRE(r.result.verdict == Verdict::CE);
  const auto* bad = first_failure(r);
  REQUIRE(bad);
  int line = line_of_marker(fixture("lru-cache", "ce_in_header"));
  REQUIRE(line > 0);
  CHECK_THAT(bad->message, Catch::Contains("reached from your code:"));
  CHECK_THAT(bad->message, Catch::Contains("ce_in_header.cpp:" + std::to_string(line) + ":"));
  CHECK_THAT(bad->message, !Catch::Contains("the attempt must define"));
}

TEST_CASE("An attempt with its own main() is told to remove it at its line", "[attempts]") {
  const auto& r = judged("search-insert-position", "ce_own_main");
  REQUIRE(r.result.verdict == Verdict::CE);
  const auto* bad = first_failure(r);
  REQUIRE(bad);
  int line = line_of_marker(fixture("search-insert-position", "ce_own_main"));
  REQUIRE(line > 0);
  std::string first_line = bad->message.substr(0, bad->message.find('\n'));
  CHECK_THAT(first_line, Catch::EndsWith("ce_own_main.cpp:" + std::to_string(line) +
                                         ": remove your main(); kata supplies one, which calls "
                                         "your class Solution"));
  // Not the runner's side of the clash, nor the hint about the class and its braces.
  CHECK_THAT(bad->message, !Catch::Contains("build/attempts/"));
  CHECK_THAT(bad->message, !Catch::Contains("the attempt must define"));
}

TEST_CASE("An empty file is said to be empty without compiling", "[attempts]") {
  const auto* p = compiled_problem("search-insert-position");
  REQUIRE(p);
  auto file = fs::temp_directory_path() / ("kata-empty-" + std::to_string(::getpid()) + ".cpp");
  for (std::string text : {"", " \n\t\n\n"}) {
    { std::ofstream(file) << text; }
    attempt::Toolchain tc = attempt::Toolchain::configured();
    tc.compiler = "/nonexistent/compiler";  // reached only if the file were compiled
    auto b = attempt::build_attempt(p->meta, file, attempt::BuildKind::fast, tc);
    CHECK_FALSE(b.ok);
    CHECK_THAT(b.error, Catch::Contains("the file is empty: the attempt must define class "
                                        "Solution with `int searchInsert("));
  }
  fs::remove(file);
}

TEST_CASE("On RE the sanitizers name the attempt's line", "[attempts]") {
  for (std::string name :
       {"re_out_of_bounds", "re_segfault", "re_heap_read_past_end", "re_stack_overflow_write",
        "re_global_overflow", "re_use_after_free", "re_use_after_return", "re_double_free",
        "re_signed_overflow", "re_shift_too_far", "re_null_member", "re_misaligned"}) {
    DYNAMIC_SECTION(name) {
      const auto& r = judged("search-insert-position", name);
      REQUIRE(r.result.verdict == Verdict::RE);
      int line = line_of_marker(fixture("search-insert-position", name));
      REQUIRE(line > 0);
      // ASan or UBSan, whichever sees it first (a null store is UBSan's).
      CHECK_THAT(r.sanitizer,
                 Catch::Contains("AddressSanitizer") || Catch::Contains("runtime error"));
      CHECK_THAT(r.sanitizer, Catch::Contains(name + ".cpp:" + std::to_string(line)));
      CHECK_THAT(first_failure(r)->message, Catch::Contains(r.sanitizer));
    }
  }
}

TEST_CASE("A right answer with a memory error is RE; without the sanitizers it was AC",
          "[attempts]") {
  const std::string slug = "product-of-array-except-self", name = "re_heap_write_past_end";
  const auto* p = compiled_problem(slug);
  if (!p) {
    WARN(slug << " has no reference module");
    return;
  }
  const auto& r = judged(slug, name);
  CHECK(r.sanitized);
  CHECK(r.result.verdict == Verdict::RE);
  CHECK(r.result.passed == 0);  // every case writes out[n]
  REQUIRE(first_failure(r));
  CHECK_THAT(first_failure(r)->message, Catch::Contains("heap-buffer-overflow"));
  CHECK(r.unsanitized == 0);
  CHECK(r.notes.reports.size() == r.result.cases.size());

  attempt::AttemptOptions fast;
  fast.sanitize = false;
  const auto* ref = attempt::reference_for(*p);
  auto unchecked =
      attempt::judge_attempt(p->meta, fixture(slug, name), problem_cases(*p), ref->checker, fast);
  CHECK_FALSE(unchecked.sanitized);
  CHECK(unchecked.result.verdict == Verdict::AC);
  CHECK(judged(slug, "ac").result.verdict == Verdict::AC);
  CHECK(judged(slug, "ac").sanitized);
}

TEST_CASE("An unchanged attempt is not compiled again", "[attempts]") {
  const auto* p = compiled_problem("search-insert-position");
  auto file = fixture("search-insert-position", "ac");
  auto first = attempt::build_attempt(p->meta, file, attempt::BuildKind::fast);
  auto again = attempt::build_attempt(p->meta, file, attempt::BuildKind::fast);
  REQUIRE(first.ok);
  CHECK(again.cached);
  CHECK(again.exe == first.exe);
  // A cached runner changed behind kata's back (by anyone) is not run: built again.
  {
    std::ofstream tamper(first.exe, std::ios::app | std::ios::binary);
    tamper << "tampered";
  }
  auto rebuilt = attempt::build_attempt(p->meta, file, attempt::BuildKind::fast);
  REQUIRE(rebuilt.ok);
  CHECK_FALSE(rebuilt.cached);
  CHECK(attempt::build_attempt(p->meta, file, attempt::BuildKind::fast).cached);
}

TEST_CASE("A stub compiles and runs: wrong, but no compile error", "[attempts]") {
  // Copy List with Random Pointer: a type of its own (definitions.hpp), which the stub
  // shows commented out and the build declares.
  std::vector<std::string> slugs = {"search-insert-position", "permutations",
                                    "copy-list-with-random-pointer"};
  for (const auto& p : catalog().problems)  // one design problem, if the catalog has one
    if (p.meta.kind == judge::ProblemMeta::Kind::design && compiled_problem(p.meta.slug)) {
      slugs.push_back(p.meta.slug);
      break;
    }
  auto dir = fs::temp_directory_path() / ("kata-stub-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const auto& slug : slugs) {
    const auto* p = compiled_problem(slug);
    if (!p) continue;
    DYNAMIC_SECTION(slug) {
      auto stub = attempt::attempt_stub(p->meta);
      CHECK_THAT(stub, Catch::Contains("// Time:"));
      CHECK_THAT(stub, Catch::Contains("// Space:"));
      if (!p->meta.definitions.empty()) {
        CHECK_THAT(stub, Catch::Contains("/*\n// Definition for a Node.\nclass Node {"));
        CHECK_THAT(stub, !Catch::Contains("kata_type_name"));  // kata's part is not shown
      }
      auto file = dir / (slug + ".cpp");
      std::ofstream(file) << stub;
      auto b = attempt::build_attempt(p->meta, file, attempt::BuildKind::fast);
      INFO(b.diagnostics);
      CHECK(b.ok);
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("A case's time grows with its work and is never zero", "[attempts]") {
  // Under an armed process CPU timer the process clock moved in 4 ms
  // ticks, so 1 ms cases read 0 and some read 4 ms. Case k does 3^k units of work
  // (about 1.4 ms each): a factor of three between neighbours holds the order even
  // when a test on the other core slows this one.
  const auto* p = compiled_problem("search-insert-position");
  if (!p) return;
  std::vector<judge::Case> cases;
  for (int units = 1; units <= 81; units *= 3) {
    judge::Case c;
    c.name = "work-" + std::to_string(units);
    c.input = judge::Json::array({judge::Json::array({0, 2, 4, 6, 8, 10}), units});
    c.expected = judge::Json(std::min(6, (units + 1) / 2));
    cases.push_back(std::move(c));
  }
  auto r = attempt::judge_attempt(p->meta, fixture("search-insert-position", "work_per_unit"),
                                  cases, attempt::reference_for(*p)->checker);
  REQUIRE(r.result.verdict == Verdict::AC);
  REQUIRE(r.result.cases.size() == cases.size());
  for (std::size_t k = 0; k < cases.size(); ++k) {
    INFO("case " << r.result.cases[k].name << " took " << r.result.cases[k].time_ms << " ms");
    CHECK(r.result.cases[k].time_ms > 0);
    if (k > 0) CHECK(r.result.cases[k].time_ms > r.result.cases[k - 1].time_ms);
  }
}

TEST_CASE("A case's time counts the threads the attempt starts", "[attempts]") {
  const auto* p = compiled_problem("search-insert-position");
  if (!p) return;
  judge::Case c;
  c.name = "threads";
  c.input = judge::Json::array({judge::Json::array({0, 2, 4}), 4});
  c.expected = judge::Json(2);
  auto one = attempt::judge_attempt(p->meta, fixture("search-insert-position", "work_per_unit"),
                                    {c}, attempt::reference_for(*p)->checker);
  auto four = attempt::judge_attempt(p->meta, fixture("search-insert-position", "work_on_threads"),
                                     {c}, attempt::reference_for(*p)->checker);
  REQUIRE(one.result.verdict == Verdict::AC);
  REQUIRE(four.result.verdict == Verdict::AC);
  // The same work, done once on the calling thread and four times on four threads.
  CHECK(four.result.cases[0].time_ms > 2 * one.result.cases[0].time_ms);
}

TEST_CASE("Every concurrency kata's reference, judged as an attempt, passes the perturbed "
          "runs and ThreadSanitizer",
          "[attempts][concurrency][references]") {
  // What `kata test` does with an attempt: the fast runner's perturbed runs,
  // then the ThreadSanitizer runner's. A reference that raced, or that some
  // seed failed, would fail every practiser's right answer written like it.
  for (const auto& p : catalog().problems) {
    if (p.meta.kind != judge::ProblemMeta::Kind::concurrency || !compiled_problem(p.meta.slug))
      continue;
    DYNAMIC_SECTION(p.meta.slug) {
      const auto* ref = attempt::reference_for(p);
      auto r = attempt::judge_attempt(p.meta, p.solution_file(), problem_cases(p), ref->checker);
      const auto* bad = first_failure(r);
      INFO((bad ? bad->name + ": " + bad->message : std::string()));
      CHECK(r.result.verdict == judge::Verdict::AC);
      CHECK(r.sanitized);  // and the sanitized runner was ThreadSanitizer's
      CHECK(r.unsanitized == 0);
    }
  }
}
