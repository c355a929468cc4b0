// Stress finds a planted bug, shrinks it, and saves it where kata test finds it.
#include <catch2/catch.hpp>

#include <cstdlib>

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
  // The values shrink too, keeping their order and signs: three sorted distinct
  // numbers and a target past them need no magnitude above 4.
  for (const auto& x : nums) CHECK(std::abs(x.get<int>()) <= 4);
  CHECK(std::abs(target.get<int>()) <= 4);
  // Counted up to the input that failed, not to the end of its batch of 100.
  CHECK(r.inputs_run >= 1);
  CHECK(r.inputs_run < o.batch);
  CHECK(r.shrunk->name == "stress-seed-" + std::to_string(r.failing_seed));

  SECTION("the failing input's seed, given back, starts with that input and shrinks it the same way") {
    attempt::StressOptions replay = o;
    replay.seed = r.failing_seed;
    auto again = attempt::stress(p->meta, ref, fixture("search-insert-position", "stress_planted"),
                                 replay);
    REQUIRE(again.shrunk);
    CHECK(again.inputs_run == 1);
    CHECK(again.failing_seed == r.failing_seed);
    CHECK(again.original->input == r.original->input);
    CHECK(again.shrunk->input == r.shrunk->input);
    CHECK(again.shrunk->name == r.shrunk->name);
  }

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

TEST_CASE("Shrinking moves the values of a design problem's calls toward 0", "[attempts][stress]") {
  const auto* p = compiled_problem("lru-cache");
  if (!p) {
    WARN("lru-cache has no reference module");
    return;
  }
  attempt::StressOptions o;
  o.seed = 11;
  o.iterations = 300;
  auto r = attempt::stress(p->meta, *attempt::reference_for(*p),
                           fixture("lru-cache", "stress_planted"), o);
  REQUIRE(r.build.ok);
  REQUIRE(r.shrunk);
  // The generator stores values up to 100000; the bug needs none of them: every
  // number left (capacity, keys, values) is a small one. (Not 1, 2, 3...: each keeps
  // its order against every other, so values stay above the keys, as they were.)
  const auto& args = r.shrunk->input.at(1);
  int largest = 0;
  for (const auto& call : args)
    for (const auto& x : call) largest = std::max(largest, std::abs(x.get<int>()));
  INFO(judge::json_to_text(r.shrunk->input));
  CHECK(largest <= 20);
  // Still a failure the brute force answered, with the constructor first.
  CHECK(r.shrunk->input.at(0).at(0) == "LRUCache");
  CHECK(r.verdict->verdict == judge::Verdict::WA);
}

TEST_CASE("Input seeds: the first is the run's seed, the rest a pure function of seed and index",
          "[attempts][stress]") {
  CHECK(attempt::stress_seed(1234567, 0, 8) == 1234567);
  CHECK(attempt::stress_seed(1, 3, 8) == attempt::stress_seed(1, 3, 8));
  CHECK(attempt::stress_seed(1, 1, 8) != attempt::stress_seed(1, 2, 8));
  CHECK(attempt::stress_seed(1, 1, 8) != attempt::stress_seed(2, 1, 8));
  for (std::uint64_t seed : {0ULL, 7ULL, 4242424242ULL, ~0ULL}) {
    for (int k = 0; k < 20; ++k) {
      auto input_seed = attempt::stress_seed(seed, k, 8);
      // Sizes go round from the first input's: tiny inputs come early in every run.
      CHECK(attempt::stress_size(input_seed, 8) ==
            1 + static_cast<int>((seed % 8 + static_cast<std::uint64_t>(k)) % 8));
      if (k > 0) CHECK(input_seed < attempt::kSeedSpan + 8);
    }
  }
  CHECK(attempt::stress_size(12345, 1) == 1);
  auto a = attempt::random_seed(), b = attempt::random_seed();
  CHECK(a < attempt::kSeedSpan);
  CHECK(a != b);  // the same with odds of 1 in 10^10
}
