#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <kata/patterns/heap.hpp>

#include "lcg.hpp"
#include "sorted.hpp"

using kata::patterns::frequency_buckets;
using kata::patterns::kth_largest_in_range;
using kata::patterns::most_frequent;
using kata::patterns::nth_smallest;
using kata::patterns::RunningMedian;
using kata::patterns::top_k;

using kata::patterns::test::Lcg;
using kata::patterns::test::sorted;

namespace {

std::vector<int> random_values(Lcg& next, int max_size, int lo, int hi) {
  std::vector<int> v(static_cast<std::size_t>(next(0, max_size)));
  for (auto& x : v) x = next(lo, hi);
  return v;
}

// An int that counts every comparison made on it: how much work quickselect did.
struct Counted {
  int value;
  static inline long comparisons = 0;
  friend bool operator<(const Counted& a, const Counted& b) {
    ++comparisons;
    return a.value < b.value;
  }
};

}  // namespace

TEST_CASE("top_k keeps the k best values, best first", "[heap]") {
  const std::vector<int> v{3, 2, 1, 5, 6, 4};
  CHECK(top_k(v, 2) == std::vector<int>{6, 5});
  CHECK(top_k(v, 1) == std::vector<int>{6});
  CHECK(top_k(v, 6) == std::vector<int>{6, 5, 4, 3, 2, 1});

  SECTION("equal values each take a place") {
    CHECK(top_k(std::vector<int>{5, 5, 4}, 2) == std::vector<int>{5, 5});
    CHECK(top_k(std::vector<int>{3, 2, 3, 1, 2, 4, 5, 5, 6}, 4) == std::vector<int>{6, 5, 5, 4});
    CHECK(top_k(std::vector<int>{7, 7, 7}, 2) == std::vector<int>{7, 7});
  }
  SECTION("k of zero, k beyond n, nothing at all") {
    CHECK(top_k(v, 0).empty());
    CHECK(top_k(std::vector<int>{2, 9}, 5) == std::vector<int>{9, 2});
    CHECK(top_k(std::vector<int>{}, 3).empty());
  }
  SECTION("any ranking: the smallest, or the longest string") {
    CHECK(top_k(v, 3, std::less<int>{}) == std::vector<int>{1, 2, 3});
    const std::vector<std::string> words{"a", "abcd", "ab", "abc"};
    auto longer = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
    CHECK(top_k(words, 2, longer) == std::vector<std::string>{"abcd", "abc"});
  }
  SECTION("the ends of int") {
    CHECK(top_k(std::vector<int>{INT_MIN, 0, INT_MAX}, 2) == std::vector<int>{INT_MAX, 0});
  }
}

TEST_CASE("top_k agrees with sorting from the largest down", "[heap]") {
  Lcg next{215};
  for (int round = 0; round < 400; ++round) {
    const std::vector<int> v = random_values(next, 15, -4, 4);
    const auto k = static_cast<std::size_t>(next(0, 17));
    std::vector<int> expected = sorted(v);
    std::reverse(expected.begin(), expected.end());
    expected.resize(std::min(k, expected.size()));
    INFO("round " << round);
    CHECK(top_k(v, k) == expected);
  }
}

TEST_CASE("nth_smallest puts the k-th value in place and splits around it", "[heap]") {
  std::vector<int> v{3, 2, 1, 5, 6, 4};
  CHECK(nth_smallest(v, 4) == 5);  // the 2nd largest of six
  CHECK(v[4] == 5);
  CHECK(sorted({v.begin(), v.begin() + 4}) == std::vector<int>{1, 2, 3, 4});
  CHECK(v[5] == 6);

  std::vector<int> w{3, 2, 3, 1, 2, 4, 5, 5, 6};
  CHECK(nth_smallest(w, 5) == 4);  // the 4th largest of nine

  SECTION("one value, the ends, equal values") {
    std::vector<int> one{-7};
    CHECK(nth_smallest(one, 0) == -7);
    std::vector<int> ends{INT_MAX, INT_MIN, 0};
    CHECK(nth_smallest(ends, 0) == INT_MIN);
    CHECK(nth_smallest(ends, 2) == INT_MAX);
    std::vector<int> same(7, 4);
    CHECK(nth_smallest(same, 3) == 4);
    CHECK(same == std::vector<int>(7, 4));
  }
  SECTION("the seed changes the steps, never the answer") {
    for (std::uint64_t seed : {0ULL, 1ULL, 2ULL, 12345ULL}) {
      std::vector<int> u{9, 1, 8, 2, 7, 3, 6, 4, 5};
      CHECK(nth_smallest(u, 2, seed) == 3);
    }
  }
}

TEST_CASE("nth_smallest agrees with sorting", "[heap]") {
  Lcg next{347};
  for (int round = 0; round < 400; ++round) {
    std::vector<int> v = random_values(next, 20, -5, 5);
    if (v.empty()) v.push_back(next(-5, 5));
    const auto k = static_cast<std::size_t>(next(0, static_cast<int>(v.size()) - 1));
    const std::vector<int> in_order = sorted(v);
    INFO("round " << round);
    std::vector<int> w = v;
    REQUIRE(nth_smallest(w, k, static_cast<std::uint64_t>(round)) == in_order[k]);
    CHECK(sorted(w) == in_order);  // a permutation of the input
    for (std::size_t i = 0; i < w.size(); ++i) {
      INFO("at " << i);
      if (i < k) CHECK(w[i] <= w[k]);
      if (i > k) CHECK(w[i] >= w[k]);
    }
  }
}

TEST_CASE("nth_smallest stays linear on equal and on sorted values", "[heap]") {
  const std::size_t n = 100000;
  SECTION("all equal: one three-way pass, about 2n comparisons") {
    std::vector<Counted> same(n, Counted{3});
    Counted::comparisons = 0;
    CHECK(nth_smallest(same, n / 2).value == 3);
    CHECK(Counted::comparisons <= static_cast<long>(2 * n));
  }
  SECTION("sorted ascending and descending: the random pivot keeps it near linear") {
    for (bool ascending : {true, false}) {
      std::vector<Counted> v;
      for (std::size_t i = 0; i < n; ++i) v.push_back(Counted{static_cast<int>(ascending ? i : n - i)});
      Counted::comparisons = 0;
      const int got = nth_smallest(v, n / 2).value;
      CHECK(got == static_cast<int>(ascending ? n / 2 : n / 2 + 1));
      CHECK(Counted::comparisons <= static_cast<long>(20 * n));  // expected about 7n; n^2 / 4 for a fixed pivot
    }
  }
}

TEST_CASE("frequency_buckets files each value under its count", "[heap]") {
  const auto b = frequency_buckets(std::vector<int>{1, 1, 1, 2, 2, 3});
  REQUIRE(b.size() == 7);
  CHECK(b[0].empty());
  CHECK(b[1] == std::vector<int>{3});
  CHECK(b[2] == std::vector<int>{2});
  CHECK(b[3] == std::vector<int>{1});
  CHECK(b[4].empty());

  SECTION("equal counts keep the order of first occurrence") {
    const auto c = frequency_buckets(std::vector<int>{4, 9, 9, 4, 7});
    CHECK(c[2] == std::vector<int>{4, 9});
    CHECK(c[1] == std::vector<int>{7});
  }
  SECTION("nothing, one value, strings") {
    CHECK(frequency_buckets(std::vector<int>{}) == std::vector<std::vector<int>>{{}});
    CHECK(frequency_buckets(std::vector<int>{5, 5})[2] == std::vector<int>{5});
    const auto s = frequency_buckets(std::vector<std::string>{"b", "a", "b"});
    CHECK(s[2] == std::vector<std::string>{"b"});
    CHECK(s[1] == std::vector<std::string>{"a"});
  }
}

TEST_CASE("frequency_buckets and most_frequent agree with counting in a map", "[heap]") {
  Lcg next{295};
  for (int round = 0; round < 400; ++round) {
    const std::vector<int> v = random_values(next, 20, -4, 4);
    std::map<int, std::size_t> count;
    for (int x : v) ++count[x];
    INFO("round " << round);
    const auto buckets = frequency_buckets(v);
    REQUIRE(buckets.size() == v.size() + 1);
    std::size_t listed = 0;
    for (std::size_t c = 0; c < buckets.size(); ++c)
      for (int x : buckets[c]) {
        ++listed;
        CHECK(count[x] == c);
      }
    CHECK(listed == count.size());  // each distinct value exactly once

    const auto k = static_cast<std::size_t>(next(0, 10));
    const std::vector<int> top = most_frequent(v, k);
    CHECK(top.size() == std::min(k, count.size()));
    for (std::size_t i = 1; i < top.size(); ++i) CHECK(count[top[i - 1]] >= count[top[i]]);
    // Nothing left out occurs more often than the last one taken.
    if (!top.empty())
      for (const auto& [x, c] : count)
        if (std::find(top.begin(), top.end(), x) == top.end()) CHECK(c <= count[top.back()]);
  }
}

TEST_CASE("kth_largest_in_range counts instead of comparing", "[heap]") {
  CHECK(kth_largest_in_range({3, 2, 1, 5, 6, 4}, 2, 1, 6) == 5);
  CHECK(kth_largest_in_range({3, 2, 3, 1, 2, 4, 5, 5, 6}, 4, -10, 10) == 4);
  CHECK(kth_largest_in_range({-10000, 10000}, 2, -10000, 10000) == -10000);
  CHECK(kth_largest_in_range({INT_MIN, INT_MIN + 1}, 1, INT_MIN, INT_MIN + 5) == INT_MIN + 1);

  Lcg next{169};
  for (int round = 0; round < 300; ++round) {
    std::vector<int> v = random_values(next, 15, -6, 6);
    if (v.empty()) v.push_back(0);
    const auto k = static_cast<std::size_t>(next(1, static_cast<int>(v.size())));
    std::vector<int> desc = sorted(v);
    std::reverse(desc.begin(), desc.end());
    INFO("round " << round);
    CHECK(kth_largest_in_range(v, k, -6, 6) == desc[k - 1]);
  }
}

TEST_CASE("RunningMedian reads the middle off two heaps", "[heap]") {
  RunningMedian<int> m;
  CHECK(m.empty());
  m.add(1);
  CHECK(m.median() == 1.0);
  m.add(2);
  CHECK(m.median() == 1.5);
  m.add(3);
  CHECK(m.median() == 2.0);
  CHECK(m.size() == 3);
  CHECK(m.lower_middle() == 2);

  SECTION("values arriving below everything") {
    RunningMedian<int> d;
    for (int x : {5, 6, 7}) d.add(x);
    CHECK(d.median() == 6.0);
    d.add(-1);
    CHECK(d.median() == 5.5);
    d.add(-2);
    CHECK(d.median() == 5.0);
  }
  SECTION("the ends of int do not overflow the average") {
    RunningMedian<int> e;
    e.add(INT_MAX);
    e.add(INT_MAX);
    CHECK(e.median() == static_cast<double>(INT_MAX));
    e.add(INT_MIN);
    e.add(INT_MIN);
    CHECK(e.median() == -0.5);
  }
}

TEST_CASE("RunningMedian agrees with sorting after every value", "[heap]") {
  Lcg next{4};
  for (int round = 0; round < 100; ++round) {
    RunningMedian<int> m;
    std::vector<int> seen;
    const int count = next(1, 30);
    for (int i = 0; i < count; ++i) {
      const int x = next(-5, 5);
      m.add(x);
      seen.push_back(x);
      const std::vector<int> s = sorted(seen);
      const std::size_t n = s.size();
      const double want = n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
      INFO("round " << round << ", value " << i);
      CHECK(m.median() == want);
      CHECK(m.lower_middle() == s[(n - 1) / 2]);
      CHECK(m.size() == n);
    }
  }
}
