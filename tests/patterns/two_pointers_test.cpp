#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/two_pointers.hpp>

#include "lcg.hpp"
#include "sorted.hpp"

using kata::patterns::close_in;
using kata::patterns::keep_front;
using kata::patterns::pairs_with_sum;
using kata::patterns::reverse_range;
using kata::patterns::Step;
using kata::patterns::three_way_partition;
using kata::patterns::ThreeWay;

using kata::patterns::test::Lcg;
using kata::patterns::test::sorted;

namespace {

using Pairs = std::vector<std::pair<int, int>>;

// Every pair of positions i < j, as a set of value pairs: what pairs_with_sum promises.
Pairs pairs_by_scanning(const std::vector<int>& v, std::size_t first, std::size_t last, long long target) {
  std::set<std::pair<int, int>> found;
  for (std::size_t i = first; i < last; ++i)
    for (std::size_t j = i + 1; j < last; ++j)
      if (static_cast<long long>(v[i]) + v[j] == target) found.insert({v[i], v[j]});
  return Pairs(found.begin(), found.end());
}

// The largest min(h[i], h[j]) * (j - i) over all pairs, and the same with close_in
// moving the lower side: the walk Container With Most Water relies on.
long long best_area_by_scanning(const std::vector<int>& h) {
  long long best = 0;
  for (std::size_t i = 0; i < h.size(); ++i)
    for (std::size_t j = i + 1; j < h.size(); ++j)
      best = std::max(best, static_cast<long long>(std::min(h[i], h[j])) * static_cast<long long>(j - i));
  return best;
}

long long best_area_closing_in(const std::vector<int>& h) {
  long long best = 0;
  close_in(h.size(), [&](std::size_t i, std::size_t j) {
    best = std::max(best, static_cast<long long>(std::min(h[i], h[j])) * static_cast<long long>(j - i));
    return h[i] < h[j] ? Step::drop_left : Step::drop_right;
  });
  return best;
}

}  // namespace

TEST_CASE("keep_front moves the kept elements forward, in order", "[two-pointers]") {
  std::vector<int> v{0, 1, 0, 3, 12};
  CHECK(keep_front(v, [](int x) { return x != 0; }) == 3);
  CHECK(v == std::vector<int>{1, 3, 12, 0, 0});

  SECTION("nothing to keep, everything to keep, nothing at all") {
    std::vector<int> zeros{0, 0, 0};
    CHECK(keep_front(zeros, [](int x) { return x != 0; }) == 0);
    CHECK(zeros == std::vector<int>{0, 0, 0});
    std::vector<int> none{4, -2, 7};
    CHECK(keep_front(none, [](int x) { return x != 0; }) == 3);
    CHECK(none == std::vector<int>{4, -2, 7});
    std::vector<int> empty;
    CHECK(keep_front(empty, [](int) { return true; }) == 0);
    CHECK(empty.empty());
  }
  SECTION("the others are all still there, behind the kept ones") {
    std::vector<int> w{5, 8, 2, 9, 4, 7, 6};
    const auto n = keep_front(w, [](int x) { return x % 2 == 0; });
    CHECK(n == 4);
    CHECK(std::vector<int>(w.begin(), w.begin() + 4) == std::vector<int>{8, 2, 4, 6});
    CHECK(sorted({w.begin() + 4, w.end()}) == std::vector<int>{5, 7, 9});
  }
  SECTION("any element type") {
    std::vector<std::string> words{"", "a", "", "bc", ""};
    CHECK(keep_front(words, [](const std::string& s) { return !s.empty(); }) == 2);
    CHECK(words == std::vector<std::string>{"a", "bc", "", "", ""});
  }
}

TEST_CASE("keep_front agrees with a stable partition into a copy", "[two-pointers]") {
  Lcg next{283};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 12)));
    for (auto& x : v) x = next(-3, 3);
    const int modulus = next(1, 3);
    auto keep = [modulus](int x) { return x % modulus != 0; };
    std::vector<int> kept, others;
    for (int x : v) (keep(x) ? kept : others).push_back(x);
    INFO("round " << round);
    std::vector<int> w = v;
    const auto n = keep_front(w, keep);
    REQUIRE(n == kept.size());
    CHECK(std::vector<int>(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(n)) == kept);
    CHECK(sorted({w.begin() + static_cast<std::ptrdiff_t>(n), w.end()}) == sorted(others));
  }
}

TEST_CASE("three_way_partition splits around a pivot", "[two-pointers]") {
  std::vector<int> colors{2, 0, 2, 1, 1, 0};
  CHECK(three_way_partition(colors, 1) == ThreeWay{2, 4});
  CHECK(colors == std::vector<int>{0, 0, 1, 1, 2, 2});

  std::vector<int> three{2, 0, 1};
  CHECK(three_way_partition(three, 1) == ThreeWay{1, 2});
  CHECK(three == std::vector<int>{0, 1, 2});

  SECTION("the pivot absent, or everything equal to it") {
    std::vector<int> v{9, -1, 5, -7};
    CHECK(three_way_partition(v, 0) == ThreeWay{2, 2});
    CHECK(sorted({v.begin(), v.begin() + 2}) == std::vector<int>{-7, -1});
    CHECK(sorted({v.begin() + 2, v.end()}) == std::vector<int>{5, 9});
    std::vector<int> same{4, 4, 4};
    CHECK(three_way_partition(same, 4) == ThreeWay{0, 3});
    CHECK(three_way_partition(same, 5) == ThreeWay{3, 3});
    CHECK(three_way_partition(same, 3) == ThreeWay{0, 0});
    CHECK(same == std::vector<int>{4, 4, 4});
  }
  SECTION("no elements, one element") {
    std::vector<int> empty;
    CHECK(three_way_partition(empty, 1) == ThreeWay{0, 0});
    std::vector<int> one{2};
    CHECK(three_way_partition(one, 1) == ThreeWay{0, 0});
  }
  SECTION("the ends of int") {
    std::vector<int> v{INT_MAX, 0, INT_MIN, 0, INT_MAX};
    CHECK(three_way_partition(v, 0) == ThreeWay{1, 3});
    CHECK(v == std::vector<int>{INT_MIN, 0, 0, INT_MAX, INT_MAX});
  }
}

TEST_CASE("three_way_partition agrees with counting", "[two-pointers]") {
  Lcg next{75};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 14)));
    for (auto& x : v) x = next(0, 4);
    const int pivot = next(-1, 5);
    INFO("round " << round);
    std::vector<int> w = v;
    const ThreeWay p = three_way_partition(w, pivot);
    const auto below = static_cast<std::size_t>(std::count_if(v.begin(), v.end(), [&](int x) { return x < pivot; }));
    const auto equal = static_cast<std::size_t>(std::count(v.begin(), v.end(), pivot));
    CHECK(p == ThreeWay{below, below + equal});
    CHECK(sorted(w) == sorted(v));  // a permutation of the input
    for (std::size_t k = 0; k < w.size(); ++k) {
      INFO("at " << k);
      CHECK((w[k] < pivot) == (k < p.less));
      CHECK((w[k] > pivot) == (k >= p.greater));
    }
  }
}

TEST_CASE("close_in walks from both ends towards the middle", "[two-pointers]") {
  std::vector<std::pair<std::size_t, std::size_t>> seen;
  close_in(5, [&](std::size_t i, std::size_t j) {
    seen.emplace_back(i, j);
    return seen.size() % 2 ? Step::drop_left : Step::drop_right;
  });
  CHECK(seen == std::vector<std::pair<std::size_t, std::size_t>>{{0, 4}, {1, 4}, {1, 3}, {2, 3}});

  SECTION("fewer than two indices: no pair at all") {
    int calls = 0;
    close_in(0, [&](std::size_t, std::size_t) { ++calls; return Step::drop_left; });
    close_in(1, [&](std::size_t, std::size_t) { ++calls; return Step::drop_left; });
    CHECK(calls == 0);
  }
  SECTION("stop ends the walk at once") {
    int calls = 0;
    close_in(100, [&](std::size_t i, std::size_t j) {
      ++calls;
      return j - i == 97 ? Step::stop : Step::drop_right;
    });
    CHECK(calls == 3);
  }
  SECTION("Container With Most Water, by moving the lower side") {
    CHECK(best_area_closing_in({1, 8, 6, 2, 5, 4, 8, 3, 7}) == 49);
    CHECK(best_area_closing_in({1, 1}) == 1);
    CHECK(best_area_closing_in({0, 0, 0}) == 0);
    CHECK(best_area_closing_in({2, 9, 9, 2}) == 9);
  }
}

TEST_CASE("close_in moving the lower side finds the best pair of walls", "[two-pointers]") {
  Lcg next{11};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> h(static_cast<std::size_t>(next(0, 12)));
    for (auto& x : h) x = next(0, round % 2 ? 3 : 20);
    INFO("round " << round);
    CHECK(best_area_closing_in(h) == best_area_by_scanning(h));
  }
}

TEST_CASE("pairs_with_sum lists each pair of values once", "[two-pointers]") {
  const std::vector<int> v{-4, -1, -1, 0, 1, 2};
  CHECK(pairs_with_sum(v, 0, v.size(), 1) == Pairs{{-1, 2}, {0, 1}});
  CHECK(pairs_with_sum(v, 2, v.size(), 1) == Pairs{{-1, 2}, {0, 1}});
  CHECK(pairs_with_sum(v, 0, v.size(), -2) == Pairs{{-4, 2}, {-1, -1}});
  CHECK(pairs_with_sum(v, 1, v.size(), -2) == Pairs{{-1, -1}});
  CHECK(pairs_with_sum(v, 0, v.size(), 100) == Pairs{});

  SECTION("repeats of one value make one pair, and need two positions") {
    const std::vector<int> zeros{0, 0, 0, 0};
    CHECK(pairs_with_sum(zeros, 0, 4, 0) == Pairs{{0, 0}});
    CHECK(pairs_with_sum(zeros, 3, 4, 0) == Pairs{});
    const std::vector<int> one_two{1, 2, 2, 2, 3};
    CHECK(pairs_with_sum(one_two, 0, 5, 4) == Pairs{{1, 3}, {2, 2}});
    CHECK(pairs_with_sum(one_two, 0, 5, 2) == Pairs{});
  }
  SECTION("empty or reversed ranges") {
    CHECK(pairs_with_sum(v, 3, 3, 0) == Pairs{});
    CHECK(pairs_with_sum(v, 4, 2, 0) == Pairs{});
    CHECK(pairs_with_sum(std::vector<int>{}, 0, 0, 0) == Pairs{});
  }
  SECTION("sums beyond int") {
    const std::vector<int> big{INT_MIN, -1, INT_MAX, INT_MAX};
    CHECK(pairs_with_sum(big, 0, 4, 2LL * INT_MAX) == Pairs{{INT_MAX, INT_MAX}});
    CHECK(pairs_with_sum(big, 0, 4, -1) == Pairs{{INT_MIN, INT_MAX}});
  }
}

TEST_CASE("pairs_with_sum agrees with checking every pair", "[two-pointers]") {
  Lcg next{15};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 12)));
    for (auto& x : v) x = next(-5, 5);
    std::sort(v.begin(), v.end());
    const auto first = static_cast<std::size_t>(next(0, static_cast<int>(v.size())));
    const long long target = next(-8, 8);
    INFO("round " << round);
    CHECK(pairs_with_sum(v, first, v.size(), target) == pairs_by_scanning(v, first, v.size(), target));
  }
}

TEST_CASE("reverse_range reverses an inclusive range in place", "[two-pointers]") {
  std::vector<int> v{1, 2, 3, 4, 5};
  reverse_range(v, 1, 3);
  CHECK(v == std::vector<int>{1, 4, 3, 2, 5});
  reverse_range(v, 0, 4);
  CHECK(v == std::vector<int>{5, 2, 3, 4, 1});
  reverse_range(v, 2, 2);  // one element
  reverse_range(v, 3, 1);  // an empty range
  CHECK(v == std::vector<int>{5, 2, 3, 4, 1});
  std::vector<int> two{7, 8};
  reverse_range(two, 0, 1);
  CHECK(two == std::vector<int>{8, 7});

  Lcg next{31};
  for (int round = 0; round < 200; ++round) {
    std::vector<int> w(static_cast<std::size_t>(next(1, 10)));
    for (auto& x : w) x = next(0, 9);
    const auto hi = static_cast<std::size_t>(next(0, static_cast<int>(w.size()) - 1));
    const auto lo = static_cast<std::size_t>(next(0, static_cast<int>(hi)));
    std::vector<int> expected = w;
    std::reverse(expected.begin() + static_cast<std::ptrdiff_t>(lo), expected.begin() + static_cast<std::ptrdiff_t>(hi) + 1);
    reverse_range(w, lo, hi);
    INFO("round " << round);
    CHECK(w == expected);
  }
}
