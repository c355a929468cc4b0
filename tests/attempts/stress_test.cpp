// Stress finds a planted bug, shrinks it, and saves it where kata test finds it.
#include <catch2/catch.hpp>

#include <kata/attempt/stress.hpp>

#include "fixtures.hpp"

using namespace kata;
using namespace kata::test;

TEST_CASE("Stress finds a planted bug and shrinks it to the smallest failing size", "[attempts][stress]") {
  const auto* p = compiled_problem("search-insert-position");
  REQUIRE(p);
  const auto& ref = *attempt::reference_for(*p);
  attempt::StressOptions o;
  o.seed = 7;
  o.iterations = 200;
  auto r = attempt::stress(p->meta, ref, fixture("search-insert-position", "stress_planted"), o);
  REQUIRE(r.build.ok);
  REQUIRE(r.shrunk);
  REQUIRE(r.verdict);
  CHECK(r.verdict->verdict == judge::Verdict::WA);
  const auto& nums = r.shrunk->input.at(0);
  const auto& target = r.shrunk->input.at(1);
  CHECK(nums.size() == 3);  // the bug needs an odd count of at least three
  CHECK(target.get<int>() > nums.back().get<int>());
  CHECK(r.shrunk->expected == judge::Json(3));
  CHECK(r.original->input.at(0).size() >= 3);

  SECTION("the same seed gives the same inputs and the same answer") {
    auto again = attempt::stress(p->meta, ref, fixture("search-insert-position", "stress_planted"), o);
    REQUIRE(again.shrunk);
    CHECK(again.original->input == r.original->input);
    CHECK(again.shrunk->input == r.shrunk->input);
  }
  SECTION("the saved case is unique and loads as a case file") {
    auto file = fs::temp_directory_path() / ("kata-stress-" + std::to_string(::getpid()) + ".json");
    fs::remove(file);
    auto name = attempt::save_case(file, *r.shrunk);
    CHECK(attempt::save_case(file, *r.shrunk) == name);  // the same input is not saved twice
    judge::Case other = *r.shrunk;  // the same name, another input: a new name
    other.input[1] = other.input[1].get<int>() - 1;
    other.expected = ref.solve(other.input, judge::call_options(p->meta)).answer;
    auto second = attempt::save_case(file, other);
    CHECK(second != name);
    std::vector<judge::LoadError> errors;
    auto cases = judge::load_cases(file, p->meta, errors);
    CHECK(errors.empty());
    REQUIRE(cases.size() == 2);
    auto result = attempt::judge_attempt(p->meta, fixture("search-insert-position", "stress_planted"),
                                       cases, ref.checker);
    CHECK(result.result.verdict == judge::Verdict::WA);
    CHECK(result.result.total == 2);
    CHECK(result.result.passed <= 1);  // the shrunk case fails; the other may or may not
    fs::remove(file);
  }
}

TEST_CASE("Stress passes a correct attempt", "[attempts][stress]") {
  const auto* p = compiled_problem("search-insert-position");
  REQUIRE(p);
  attempt::StressOptions o;
  o.iterations = 150;
  auto r = attempt::stress(p->meta, *attempt::reference_for(*p),
                         fixture("search-insert-position", "ac"), o);
  CHECK(r.build.ok);
  CHECK_FALSE(r.shrunk);
  CHECK(r.inputs_run == 150);
}

TEST_CASE("Input seeds are a pure function of the seed and the index", "[attempts][stress]") {
  CHECK(attempt::stress_seed(1, 0) == attempt::stress_seed(1, 0));
  CHECK(attempt::stress_seed(1, 0) != attempt::stress_seed(1, 1));
  CHECK(attempt::stress_seed(1, 0) != attempt::stress_seed(2, 0));
}
