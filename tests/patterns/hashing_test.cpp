#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/hashing.hpp>

#include "lcg.hpp"

using kata::patterns::anagram_key;
using kata::patterns::find_pair_with_sum;
using kata::patterns::group_by_key;
using kata::patterns::longest_consecutive_run;

using kata::patterns::test::Lcg;

namespace {

using Pair = std::optional<std::pair<std::size_t, std::size_t>>;

// Every pair, by increasing j and then increasing i: the pair find_pair_with_sum promises.
Pair first_pair_by_scanning(const std::vector<int>& v, long long target) {
  for (std::size_t j = 0; j < v.size(); ++j)
    for (std::size_t i = 0; i < j; ++i)
      if (static_cast<long long>(v[i]) + v[j] == target) return std::pair{i, j};
  return std::nullopt;
}

std::size_t longest_run_by_sorting(std::vector<int> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  std::size_t best = v.empty() ? 0 : 1, run = 1;
  for (std::size_t i = 1; i < v.size(); ++i) {
    run = static_cast<long long>(v[i]) == static_cast<long long>(v[i - 1]) + 1 ? run + 1 : 1;
    best = std::max(best, run);
  }
  return best;
}

}  // namespace

TEST_CASE("A pair with the given sum is found in one pass", "[hashing]") {
  CHECK(find_pair_with_sum(std::vector<int>{2, 7, 11, 15}, 9) == Pair{{0, 1}});
  CHECK(find_pair_with_sum(std::vector<int>{3, 2, 4}, 6) == Pair{{1, 2}});
  CHECK(find_pair_with_sum(std::vector<int>{3, 3}, 6) == Pair{{0, 1}});
  SECTION("an element never pairs with itself") {
    CHECK(find_pair_with_sum(std::vector<int>{3}, 6) == std::nullopt);
    CHECK(find_pair_with_sum(std::vector<int>{3, 1, 5}, 6) == Pair{{1, 2}});
  }
  SECTION("no pair, or no values") {
    CHECK(find_pair_with_sum(std::vector<int>{1, 2, 3}, 100) == std::nullopt);
    CHECK(find_pair_with_sum(std::vector<int>{}, 0) == std::nullopt);
  }
  SECTION("the first completed pair, with the earliest partner") {
    // 1 + 5 completes at j = 3 (partner index 0, not 2); 4 + 2 would only complete at j = 4.
    CHECK(find_pair_with_sum(std::vector<int>{1, 4, 1, 5, 2}, 6) == Pair{{0, 3}});
  }
  SECTION("sums beyond int do not overflow") {
    CHECK(find_pair_with_sum(std::vector<int>{INT_MAX, 1, INT_MAX}, 2LL * INT_MAX) == Pair{{0, 2}});
    CHECK(find_pair_with_sum(std::vector<int>{INT_MIN, 5, INT_MAX}, -1) == Pair{{0, 2}});
    CHECK(find_pair_with_sum(std::vector<int>{INT_MAX, 1}, INT_MIN) == std::nullopt);
  }
}

TEST_CASE("find_pair_with_sum agrees with checking every pair", "[hashing]") {
  Lcg next{7};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 10)));
    for (auto& x : v) x = next(-4, 4);
    const long long target = next(-9, 9);
    INFO("round " << round);
    CHECK(find_pair_with_sum(v, target) == first_pair_by_scanning(v, target));
  }
}

TEST_CASE("Grouping by a key keeps first-seen order", "[hashing]") {
  const std::vector<std::string> words{"eat", "tea", "tan", "ate", "nat", "bat"};
  const auto groups = group_by_key(words, anagram_key);
  CHECK(groups == std::vector<std::vector<std::string>>{{"eat", "tea", "ate"}, {"tan", "nat"}, {"bat"}});

  SECTION("no items, no groups") {
    CHECK(group_by_key(std::vector<std::string>{}, anagram_key).empty());
  }
  SECTION("equal items stay separate members of one group") {
    CHECK(group_by_key(std::vector<std::string>{"", "a", "", ""}, anagram_key) ==
          std::vector<std::vector<std::string>>{{"", "", ""}, {"a"}});
  }
  SECTION("any hashable key works") {
    const std::vector<int> v{5, -3, 8, 0, 7, 2, -6};
    auto by_sign = group_by_key(v, [](int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; });
    CHECK(by_sign == std::vector<std::vector<int>>{{5, 8, 7, 2}, {-3, -6}, {0}});
  }
}

TEST_CASE("The anagram key tells rearrangements from other strings", "[hashing]") {
  CHECK(anagram_key("listen") == anagram_key("silent"));
  CHECK(anagram_key("listen") == "eilnst");
  CHECK(anagram_key("") == "");
  CHECK(anagram_key("aab") != anagram_key("abb"));  // same letters, other counts
  CHECK(anagram_key("ab") != anagram_key("aab"));
  CHECK(anagram_key("b A a") == "  Aab");
}

TEST_CASE("The longest run of consecutive values", "[hashing]") {
  CHECK(longest_consecutive_run(std::vector<int>{100, 4, 200, 1, 3, 2}) == 4);
  CHECK(longest_consecutive_run(std::vector<int>{0, 3, 7, 2, 5, 8, 4, 6, 0, 1}) == 9);
  CHECK(longest_consecutive_run(std::vector<int>{1, 0, 1, 2}) == 3);
  CHECK(longest_consecutive_run(std::vector<int>{}) == 0);
  CHECK(longest_consecutive_run(std::vector<int>{7}) == 1);
  CHECK(longest_consecutive_run(std::vector<int>{5, 5, 5}) == 1);
  SECTION("runs through zero and at the ends of int") {
    CHECK(longest_consecutive_run(std::vector<int>{-1, 1, 0, -2}) == 4);
    CHECK(longest_consecutive_run(std::vector<int>{INT_MAX, INT_MIN, INT_MAX - 1, INT_MIN + 1}) == 2);
    CHECK(longest_consecutive_run(std::vector<int>{INT_MAX, INT_MIN}) == 1);  // they do not wrap around
  }
  SECTION("a gap of one value splits a run") {
    CHECK(longest_consecutive_run(std::vector<int>{1, 2, 3, 5, 6, 7, 8}) == 4);
  }
}

TEST_CASE("longest_consecutive_run agrees with sorting", "[hashing]") {
  Lcg next{2024};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 14)));
    for (auto& x : v) x = next(-8, 8);
    INFO("round " << round);
    CHECK(longest_consecutive_run(v) == longest_run_by_sorting(v));
  }
}
