// Verbs described as data, parsed by the one CLI11 unit; the memory plan made once the verb is
// known.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "command_line.hpp"
#include "context.hpp"
#include "memory.hpp"

using namespace kata::cli;

namespace {

struct Options {
  std::string slug;
  bool json = false, reference = false;
  std::string file;
  std::vector<std::string> patterns;
  std::optional<int> limit;
  int jobs = 0;
  std::uint64_t seed = 1;
  std::string day;
};

// Two verbs over one options object; run() returns 7 so the test can tell it ran.
std::vector<Verb> verbs(Options& o) {
  Verb test("test", "Judge");
  test.positional("slug", &o.slug, "The slug");
  test.flag("--json", &o.json, "JSON");
  test.flag("--reference", &o.reference, "The reference");
  test.option("--file", &o.file, "The attempt").not_with("--reference");
  test.option("--time-limit", &o.limit, "ms").between(1, 1000);
  test.option("--seed", &o.seed, "Seed");
  test.option("--day", &o.day, "A day").checked("DAY", [](const std::string& s) -> std::string {
    return s == "monday" ? "" : "not a day: " + s;
  });
  test.run = [](Context&) { return 7; };
  Verb run("run", "Run");
  run.option("--pattern", &o.patterns, "Repeatable");
  run.option("-j,--jobs", &o.jobs, "Processors").between(1, 256);
  run.run = [](Context&) { return 7; };
  return {test, run};
}

Parsed parse(Options& o, std::vector<const char*> args) {
  static std::vector<Verb> vs;
  vs = verbs(o);
  args.insert(args.begin(), "kata");
  return parse_command_line(vs, static_cast<int>(args.size()), args.data());
}

}  // namespace

TEST_CASE("Arguments land in the verb's options", "[cli]") {
  Options o;
  Parsed p = parse(o, {"test", "two-sum", "--json", "--file", "a.cpp", "--time-limit", "50",
                       "--seed", "18446744073709551615", "--day", "monday"});
  REQUIRE(p.verb);
  CHECK(p.verb->name == "test");
  CHECK(o.slug == "two-sum");
  CHECK(o.json);
  CHECK(o.file == "a.cpp");
  CHECK(o.limit == 50);
  CHECK(o.seed == 18446744073709551615ull);
  CHECK(o.day == "monday");
  Context ctx;
  CHECK(p.verb->run(ctx) == 7);

  Options r;
  p = parse(r, {"run", "--pattern", "dp", "--pattern", "bfs", "-j", "2"});
  REQUIRE(p.verb);
  CHECK(p.verb->name == "run");
  CHECK(r.patterns == std::vector<std::string>{"dp", "bfs"});
  CHECK(r.jobs == 2);
}

TEST_CASE("Every verb takes --color; the style follows it, not the terminal", "[cli]") {
  Options o;
  CHECK(parse(o, {"test", "x"}).color == kata::judge::ColorMode::automatic);
  CHECK(parse(o, {"test", "x", "--color", "always"}).color == kata::judge::ColorMode::always);
  CHECK(parse(o, {"run", "--color=never"}).color == kata::judge::ColorMode::never);
  CHECK(parse(o, {"run", "--color", "sometimes"}).exit_code == 2);
  CHECK(Context(kata::judge::ColorMode::always).style_out().color);
  CHECK_FALSE(Context(kata::judge::ColorMode::never).style_out().color);
  // A test's stdout is no terminal: auto means none.
  CHECK_FALSE(Context().style_out().color);
  CHECK(Context(kata::judge::ColorMode::always).style_out().paint("x", "1") == "\033[1mx\033[0m");
}

TEST_CASE("Usage errors run nothing and exit 2; help exits 0", "[cli]") {
  Options o;
  CHECK(parse(o, {"test"}).exit_code == 2);                                     // slug is required
  CHECK(parse(o, {"test", "x", "--bogus"}).exit_code == 2);                     // unknown flag
  CHECK(parse(o, {"test", "x", "--time-limit", "0"}).exit_code == 2);           // below the range
  CHECK(parse(o, {"test", "x", "--time-limit", "soon"}).exit_code == 2);        // not a number
  CHECK(parse(o, {"test", "x", "--reference", "--file", "a"}).exit_code == 2);  // excluded
  CHECK(parse(o, {"test", "x", "--day", "someday"}).exit_code == 2);            // the check says no
  CHECK(parse(o, {"run", "-j", "300"}).exit_code == 2);
  CHECK_FALSE(parse(o, {"test", "x", "--day", "someday"}).verb);
  Parsed help = parse(o, {"test", "--help"});
  CHECK_FALSE(help.verb);
  CHECK(help.exit_code == 0);
  Parsed bare = parse(o, {});  // lists the verbs
  CHECK_FALSE(bare.verb);
  CHECK(bare.exit_code == 0);
}

TEST_CASE("Only kata run restarts for huge pages, and the restart gives the caller's setting back",
          "[cli][memory]") {
  using Step = MemoryPlan::Step;
  CHECK(plan_memory("list", nullptr, nullptr).step == Step::none);
  CHECK(plan_memory("test", "glibc.malloc.arena_max=2", nullptr).step == Step::none);

  MemoryPlan fresh = plan_memory("run", nullptr, nullptr);
  CHECK(fresh.step == Step::restart);
  CHECK(fresh.tunables == "glibc.malloc.hugetlb=1");
  CHECK(fresh.saved == "");

  MemoryPlan added = plan_memory("run", "glibc.malloc.arena_max=2", nullptr);
  CHECK(added.step == Step::restart);
  CHECK(added.tunables == "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1");
  CHECK(added.saved == "glibc.malloc.arena_max=2");

  // A caller who chose huge pages (either way) is left alone.
  CHECK(plan_memory("run", "glibc.malloc.hugetlb=0", nullptr).step == Step::none);

  // The second start: put back what the caller had, or nothing.
  MemoryPlan unset = plan_memory("run", "glibc.malloc.hugetlb=1", "");
  CHECK(unset.step == Step::restore);
  CHECK_FALSE(unset.tunables);
  MemoryPlan back = plan_memory("run", "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1",
                                "glibc.malloc.arena_max=2");
  CHECK(back.step == Step::restore);
  CHECK(back.tunables == "glibc.malloc.arena_max=2");
}
