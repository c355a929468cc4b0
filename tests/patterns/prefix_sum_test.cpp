#include <catch2/catch.hpp>

#include <climits>  // INT_MAX
#include <vector>

#include <kata/patterns/prefix_sum.hpp>

using kata::patterns::count_subarrays_with_sum;
using kata::patterns::prefix_sums;
using kata::patterns::PrefixCounts;
using kata::patterns::range_sum;

namespace {

long long count_by_scanning(const std::vector<int>& v, long long target) {
  long long found = 0;
  for (std::size_t i = 0; i < v.size(); ++i) {
    long long sum = 0;
    for (std::size_t j = i; j < v.size(); ++j) found += (sum += v[j]) == target;
  }
  return found;
}

}  // namespace

TEST_CASE("Prefix sums start at zero and have one more entry than the values", "[prefix-sum]") {
  CHECK(prefix_sums(std::vector<int>{}) == std::vector<long long>{0});
  CHECK(prefix_sums(std::vector<int>{3, -1, 4}) == std::vector<long long>{0, 3, 2, 6});
}

TEST_CASE("A range sum is the difference of two prefix sums", "[prefix-sum]") {
  std::vector<int> v{-2, 0, 3, -5, 2, -1};
  auto p = prefix_sums(v);
  CHECK(range_sum(p, 0, 2) == 1);
  CHECK(range_sum(p, 2, 5) == -1);
  CHECK(range_sum(p, 0, 5) == -3);
  CHECK(range_sum(p, 4, 4) == 2);
}

TEST_CASE("Prefix sums do not overflow int", "[prefix-sum]") {
  std::vector<int> v(3, INT_MAX);
  auto p = prefix_sums(v);
  CHECK(p.back() == 3LL * INT_MAX);
  CHECK(range_sum(p, 1, 2) == 2LL * INT_MAX);
}

TEST_CASE("Counting subarrays with a given sum", "[prefix-sum]") {
  CHECK(count_subarrays_with_sum(std::vector<int>{1, 1, 1}, 2) == 2);
  CHECK(count_subarrays_with_sum(std::vector<int>{1, 2, 3}, 3) == 2);
  CHECK(count_subarrays_with_sum(std::vector<int>{}, 0) == 0);
  SECTION("zeros make many overlapping subarrays") {
    CHECK(count_subarrays_with_sum(std::vector<int>{0, 0, 0}, 0) == 6);
  }
  SECTION("negative values and a negative target") {
    CHECK(count_subarrays_with_sum(std::vector<int>{-1, -1, 1}, -1) == 3);
  }
  SECTION("an unreachable target") {
    CHECK(count_subarrays_with_sum(std::vector<int>{1, 2, 3}, 7) == 0);
  }
}

TEST_CASE("Counting agrees with scanning every subarray", "[prefix-sum]") {
  unsigned state = 99;
  auto next = [&](int lo, int hi) {
    state = state * 1103515245u + 12345u;
    return lo + static_cast<int>((state >> 16) % static_cast<unsigned>(hi - lo + 1));
  };
  for (int round = 0; round < 300; ++round) {
    std::vector<int> v(static_cast<std::size_t>(next(0, 12)));
    for (auto& x : v) x = next(-3, 3);
    long long target = next(-4, 4);
    INFO("round " << round);
    CHECK(count_subarrays_with_sum(v, target) == count_by_scanning(v, target));
  }
}

TEST_CASE("PrefixCounts forgets what it is told to forget", "[prefix-sum]") {
  PrefixCounts seen;
  CHECK(seen.count(0) == 1);  // the empty prefix
  seen.add(5);
  seen.add(5);
  CHECK(seen.count(5) == 2);
  seen.remove(5);
  CHECK(seen.count(5) == 1);
  seen.remove(5);
  CHECK(seen.count(5) == 0);
  seen.remove(5);  // removing what is not there is harmless
  CHECK(seen.count(5) == 0);
  CHECK(seen.count(0) == 1);
}
