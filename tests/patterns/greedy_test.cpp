#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <cstdint>  // SIZE_MAX
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <kata/patterns/greedy.hpp>

#include "lcg.hpp"

using kata::patterns::best_range;
using kata::patterns::best_rise;
using kata::patterns::BestRange;
using kata::patterns::farthest_reachable;
using kata::patterns::fewest_jumps;
using kata::patterns::split_by_last_occurrence;

using kata::patterns::test::Lcg;

namespace {

using Sizes = std::vector<std::size_t>;

// Every range [first, last): the largest sum; ties go to the smaller last, then to the
// larger first, which is what best_range promises.
BestRange best_range_by_scanning(const std::vector<int>& v) {
  BestRange best;
  bool any = false;
  for (std::size_t last = 1; last <= v.size(); ++last)
    for (std::size_t first = last; first-- > 0;) {
      long long sum = 0;
      for (std::size_t k = first; k < last; ++k) sum += v[k];
      if (!any || sum > best.sum) best = BestRange{sum, first, last};
      any = true;
    }
  return best;
}

long long best_rise_by_scanning(const std::vector<int>& v) {
  long long best = 0;
  for (std::size_t i = 0; i < v.size(); ++i)
    for (std::size_t j = i + 1; j < v.size(); ++j) best = std::max(best, static_cast<long long>(v[j]) - v[i]);
  return best;
}

// Which indices can be reached from 0, marking every target of every reached index.
std::vector<bool> reachable_by_marking(const std::vector<int>& jump) {
  std::vector<bool> reached(jump.size(), false);
  if (!jump.empty()) reached[0] = true;
  for (std::size_t i = 0; i < jump.size(); ++i)
    if (reached[i])
      for (std::size_t k = 1; k <= static_cast<std::size_t>(jump[i]) && i + k < jump.size(); ++k) reached[i + k] = true;
  return reached;
}

// The fewest moves to each index, relaxing every move in index order (moves only go
// forward, so the indices are already in a topological order).
std::optional<std::size_t> fewest_jumps_by_relaxing(const std::vector<int>& jump) {
  if (jump.empty()) return std::nullopt;
  const std::size_t none = SIZE_MAX;
  std::vector<std::size_t> moves(jump.size(), none);
  moves[0] = 0;
  for (std::size_t i = 0; i < jump.size(); ++i)
    if (moves[i] != none)
      for (std::size_t k = 1; k <= static_cast<std::size_t>(jump[i]) && i + k < jump.size(); ++k)
        moves[i + k] = std::min(moves[i + k], moves[i] + 1);
  if (moves.back() == none) return std::nullopt;
  return moves.back();
}

// A cut after index i is allowed when the letters before it and after it are
// disjoint; making every allowed cut gives the most pieces.
Sizes split_by_cutting(const std::string& s) {
  Sizes pieces;
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool allowed = true;
    for (std::size_t a = 0; a <= i && allowed; ++a)
      for (std::size_t b = i + 1; b < s.size() && allowed; ++b) allowed = s[a] != s[b];
    if (allowed) {
      pieces.push_back(i + 1 - start);
      start = i + 1;
    }
  }
  return pieces;
}

}  // namespace

TEST_CASE("best_range finds the largest-sum range", "[greedy]") {
  CHECK(best_range(std::vector<int>{-2, 1, -3, 4, -1, 2, 1, -5, 4}) == BestRange{6, 3, 7});
  CHECK(best_range(std::vector<int>{1}) == BestRange{1, 0, 1});
  CHECK(best_range(std::vector<int>{5, 4, -1, 7, 8}) == BestRange{23, 0, 5});

  SECTION("all negative: the largest single value") {
    CHECK(best_range(std::vector<int>{-3, -1, -2}) == BestRange{-1, 1, 2});
    CHECK(best_range(std::vector<int>{-5}) == BestRange{-5, 0, 1});
  }
  SECTION("a dip worth crossing, and one that is not") {
    CHECK(best_range(std::vector<int>{3, -2, 3}) == BestRange{4, 0, 3});
    CHECK(best_range(std::vector<int>{3, -4, 3}) == BestRange{3, 0, 1});
  }
  SECTION("ties: the earliest end, then the shortest") {
    CHECK(best_range(std::vector<int>{0, 0, 0}) == BestRange{0, 0, 1});
    CHECK(best_range(std::vector<int>{2, -2, 2}) == BestRange{2, 0, 1});
    CHECK(best_range(std::vector<int>{-1, 0, 3}) == BestRange{3, 2, 3});  // 0 + 3 is longer
  }
  SECTION("no values, and sums beyond int") {
    CHECK(best_range(std::vector<int>{}) == BestRange{0, 0, 0});
    CHECK(best_range(std::vector<int>{INT_MAX, INT_MAX, INT_MIN}) == BestRange{2LL * INT_MAX, 0, 2});
    CHECK(best_range(std::vector<int>{INT_MIN, INT_MIN}) == BestRange{INT_MIN, 0, 1});
  }
}

TEST_CASE("best_range agrees with trying every range", "[greedy]") {
  Lcg next{53};
  for (int round = 0; round < 500; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(1, 12)));
    const int spread = round % 3 == 0 ? 2 : 9;
    for (auto& x : v) x = next(-spread, spread - (round % 5 == 0 ? spread : 0));  // some all <= 0
    INFO("round " << round);
    CHECK(best_range(v) == best_range_by_scanning(v));
  }
}

TEST_CASE("best_rise buys at the lowest point before selling", "[greedy]") {
  CHECK(best_rise(std::vector<int>{7, 1, 5, 3, 6, 4}) == 5);
  CHECK(best_rise(std::vector<int>{7, 6, 4, 3, 1}) == 0);
  CHECK(best_rise(std::vector<int>{2, 4, 1}) == 2);        // the lowest value comes too late
  CHECK(best_rise(std::vector<int>{3, 8, 1, 5, 2}) == 5);  // an earlier low with a high after it wins
  CHECK(best_rise(std::vector<int>{4, 4, 4}) == 0);
  CHECK(best_rise(std::vector<int>{9}) == 0);
  CHECK(best_rise(std::vector<int>{}) == 0);
  CHECK(best_rise(std::vector<int>{INT_MIN, INT_MAX}) == 2LL * INT_MAX + 1);

  Lcg next{121};
  for (int round = 0; round < 500; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 12)));
    for (auto& x : v) x = next(0, round % 2 ? 4 : 30);
    INFO("round " << round);
    CHECK(best_rise(v) == best_rise_by_scanning(v));
  }
}

TEST_CASE("farthest_reachable widens one unbroken range", "[greedy]") {
  CHECK(farthest_reachable(std::vector<int>{2, 3, 1, 1, 4}) == 4);
  CHECK(farthest_reachable(std::vector<int>{3, 2, 1, 0, 4}) == 3);  // stuck on the 0 at index 3
  CHECK(farthest_reachable(std::vector<int>{0}) == 0);
  CHECK(farthest_reachable(std::vector<int>{0, 5}) == 0);
  CHECK(farthest_reachable(std::vector<int>{2, 0, 0}) == 2);        // jumps over a 0
  CHECK(farthest_reachable(std::vector<int>{1, 0, 1}) == 1);
  CHECK(farthest_reachable(std::vector<int>{INT_MAX, 0, 0}) == 2);  // capped at the end
  CHECK(farthest_reachable(std::vector<int>{}) == 0);

  Lcg next{55};
  for (int round = 0; round < 500; ++round) {
    std::vector<int> jump(static_cast<std::size_t>(next(1, 12)));
    for (auto& x : jump) x = next(0, round % 2 ? 2 : 5);
    const auto reached = reachable_by_marking(jump);
    std::size_t farthest = 0;
    for (std::size_t i = 0; i < reached.size(); ++i)
      if (reached[i]) farthest = i;
    INFO("round " << round);
    CHECK(farthest_reachable(jump) == farthest);
    // The reachable indices are exactly [0, farthest]: no gaps.
    CHECK(std::count(reached.begin(), reached.end(), true) == static_cast<long>(farthest + 1));
  }
}

TEST_CASE("fewest_jumps counts BFS levels over ranges of indices", "[greedy]") {
  CHECK(fewest_jumps(std::vector<int>{2, 3, 1, 1, 4}) == std::optional<std::size_t>{2});
  CHECK(fewest_jumps(std::vector<int>{2, 3, 0, 1, 4}) == std::optional<std::size_t>{2});
  CHECK(fewest_jumps(std::vector<int>{0}) == std::optional<std::size_t>{0});
  CHECK(fewest_jumps(std::vector<int>{1, 2}) == std::optional<std::size_t>{1});
  CHECK(fewest_jumps(std::vector<int>{1, 1, 1, 1}) == std::optional<std::size_t>{3});
  CHECK(fewest_jumps(std::vector<int>{3, 4, 1, 1, 1, 1}) == std::optional<std::size_t>{2});  // not the longest first jump
  CHECK(fewest_jumps(std::vector<int>{3, 2, 1, 0, 4}) == std::nullopt);
  CHECK(fewest_jumps(std::vector<int>{0, 1}) == std::nullopt);
  CHECK(fewest_jumps(std::vector<int>{}) == std::nullopt);
  CHECK(fewest_jumps(std::vector<int>{INT_MAX, 0, 0, 0}) == std::optional<std::size_t>{1});

  Lcg next{45};
  for (int round = 0; round < 500; ++round) {
    std::vector<int> jump(static_cast<std::size_t>(next(1, 12)));
    for (auto& x : jump) x = next(0, round % 2 ? 2 : 4);
    INFO("round " << round);
    CHECK(fewest_jumps(jump) == fewest_jumps_by_relaxing(jump));
  }
}

TEST_CASE("split_by_last_occurrence makes as many pieces as it can", "[greedy]") {
  CHECK(split_by_last_occurrence("ababcbacadefegdehijhklij") == Sizes{9, 7, 8});
  CHECK(split_by_last_occurrence("eccbbbbdec") == Sizes{10});
  CHECK(split_by_last_occurrence("abc") == Sizes{1, 1, 1});
  CHECK(split_by_last_occurrence("aaaa") == Sizes{4});
  CHECK(split_by_last_occurrence("abca") == Sizes{4});
  CHECK(split_by_last_occurrence("abacbd") == Sizes{5, 1});  // 'b' pulls the first piece past the last 'a'
  CHECK(split_by_last_occurrence("") == Sizes{});

  Lcg next{763};
  for (int round = 0; round < 500; ++round) {
    std::string s(static_cast<std::size_t>(next(1, 14)), 'a');
    const int letters = next(1, 8);
    for (auto& c : s) c = static_cast<char>('a' + next(0, letters - 1));
    INFO("round " << round << ": " << s);
    const Sizes pieces = split_by_last_occurrence(s);
    CHECK(pieces == split_by_cutting(s));
    // The pieces really are disjoint in letters.
    std::set<char> used;
    std::size_t at = 0;
    for (std::size_t len : pieces) {
      std::set<char> here(s.begin() + static_cast<long>(at), s.begin() + static_cast<long>(at + len));
      for (char c : here) CHECK(used.insert(c).second);
      at += len;
    }
    CHECK(at == s.size());
  }
}
