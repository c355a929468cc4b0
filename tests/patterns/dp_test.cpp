#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include <kata/patterns/dp.hpp>

#include "lcg.hpp"

using namespace kata::patterns;
using kata::patterns::test::Lcg;

namespace {

// Edit distance with a full (n+1) x (m+1) table: the reference for the rolling version.
int edit_distance_full(const std::string& a, const std::string& b) {
  std::vector<std::vector<int>> dp(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) {
    for (std::size_t j = 0; j <= b.size(); ++j) {
      if (i == 0 || j == 0) {
        dp[i][j] = static_cast<int>(i + j);
      } else {
        int keep = dp[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        dp[i][j] = std::min({keep, dp[i - 1][j] + 1, dp[i][j - 1] + 1});
      }
    }
  }
  return dp[a.size()][b.size()];
}

// The same loop, one line changed: the table keeps two rows.
int edit_distance_rolling(const std::string& a, const std::string& b) {
  RollingRows<int> dp(2, b.size() + 1);
  for (std::size_t i = 0; i <= a.size(); ++i) {
    for (std::size_t j = 0; j <= b.size(); ++j) {
      if (i == 0 || j == 0) {
        dp[i][j] = static_cast<int>(i + j);
      } else {
        int keep = dp[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        dp[i][j] = std::min({keep, dp[i - 1][j] + 1, dp[i][j - 1] + 1});
      }
    }
  }
  return dp[a.size()][b.size()];
}

// How many subsets of `weights` (items told apart by position) sum to each c < size:
// every subset enumerated.
std::vector<long long> subset_counts_by_enumeration(const std::vector<int>& weights, std::size_t size) {
  std::vector<long long> counts(size, 0);
  for (unsigned mask = 0; mask < (1u << weights.size()); ++mask) {
    std::size_t sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
      if (mask >> i & 1u) sum += static_cast<std::size_t>(weights[i]);
    if (sum < size) ++counts[sum];
  }
  return counts;
}

// How many ways to take any number of copies of each item (items told apart by
// position) so that the weights sum to `left`: every count of the first item, then
// of the next.
long long multiset_count_by_enumeration(const std::vector<int>& weights, std::size_t i, int left) {
  if (i == weights.size()) return left == 0 ? 1 : 0;
  long long total = 0;
  for (int copies = 0; copies * weights[i] <= left; ++copies)
    total += multiset_count_by_enumeration(weights, i + 1, left - copies * weights[i]);
  return total;
}

bool is_square(int m) {
  int r = 0;
  while ((r + 1) * (r + 1) <= m) ++r;
  return r * r == m;
}

// The fewest squares that sum to m, from number theory rather than a table: 1 for a
// square, 2 for a sum of two squares, 4 for 4^a (8b + 7) (Legendre), else 3.
int fewest_squares_by_theorem(int m) {
  if (is_square(m)) return 1;
  for (int a = 1; a * a < m; ++a)
    if (is_square(m - a * a)) return 2;
  int odd = m;
  while (odd % 4 == 0) odd /= 4;
  return odd % 8 == 7 ? 4 : 3;
}

}  // namespace

TEST_CASE("Memo computes a one-dimensional recurrence once per state", "[dp]") {
  int calls = 0;
  auto fib = memoize<long long>({91}, [&calls](auto& self, int i) -> long long {
    ++calls;
    return i < 2 ? i : self(i - 1) + self(i - 2);
  });
  CHECK(fib(90) == 2880067194370816120LL);  // would take ~10^18 calls without the cache
  CHECK(calls == 91);
  CHECK(fib.computed() == 91);
  CHECK(fib(50) == 12586269025LL);  // already known: no new calls
  CHECK(calls == 91);
}

TEST_CASE("Memo caches a two-dimensional recurrence: binomial coefficients", "[dp]") {
  auto choose = memoize<long long>({61, 61}, [](auto& self, int n, int k) -> long long {
    if (k == 0 || k == n) return 1;
    return self(n - 1, k - 1) + self(n - 1, k);
  });
  CHECK(choose(0, 0) == 1);
  CHECK(choose(5, 2) == 10);
  CHECK(choose(60, 30) == 118264581564861424LL);
  // Only states with 0 <= k <= n inside the cone below (60, 30) were ever touched.
  CHECK(choose.computed() < 61u * 61u);
}

TEST_CASE("Memo works over three integer coordinates", "[dp]") {
  // Lattice paths from (x, y, z) to the origin, one unit step at a time: a multinomial.
  auto paths = memoize<long long>({6, 6, 6}, [](auto& self, int x, int y, int z) -> long long {
    if (x + y + z == 0) return 1;
    long long total = 0;
    if (x > 0) total += self(x - 1, y, z);
    if (y > 0) total += self(x, y - 1, z);
    if (z > 0) total += self(x, y, z - 1);
    return total;
  });
  CHECK(paths(0, 0, 0) == 1);
  CHECK(paths(1, 1, 1) == 6);
  CHECK(paths(5, 5, 5) == 756756);  // 15! / (5! 5! 5!)
}

TEST_CASE("Memo rejects a state outside its box instead of reading past the table", "[dp]") {
  auto f = memoize<int>({3, 4}, [](auto&, int i, int j) { return i * 10 + j; });
  CHECK(f(2, 3) == 23);
  CHECK_THROWS_AS(f(3, 0), std::out_of_range);
  CHECK_THROWS_AS(f(0, 4), std::out_of_range);
  CHECK_THROWS_AS(f(-1, 0), std::out_of_range);
  // A recurrence that forgets its base case walks out of the box and is caught.
  auto broken = memoize<int>({5}, [](auto& self, int i) { return self(i - 1) + 1; });
  CHECK_THROWS_AS(broken(4), std::out_of_range);
}

TEST_CASE("Memo reports a recurrence that depends on itself", "[dp]") {
  auto cyclic = memoize<int>({4}, [](auto& self, int i) { return self((i + 1) % 4); });
  CHECK_THROWS_AS(cyclic(0), std::logic_error);
}

TEST_CASE("Memo recovers after the function throws", "[dp]") {
  bool fail = true;
  auto f = memoize<int>({2}, [&fail](auto&, int i) {
    if (fail) throw std::runtime_error("not yet");
    return i + 100;
  });
  CHECK_THROWS_AS(f(1), std::runtime_error);
  CHECK(f.computed() == 0);
  fail = false;
  CHECK(f(1) == 101);  // not mistaken for a cycle
}

TEST_CASE("Memo with an empty dimension has no valid state", "[dp]") {
  auto f = memoize<int>({0}, [](auto&, int) { return 1; });
  CHECK_THROWS_AS(f(0), std::out_of_range);
  CHECK_THROWS_AS(memoize<int>({-1}, [](auto&, int) { return 1; }), std::invalid_argument);
}

TEST_CASE("Rolling rows share storage every `keep` rows", "[dp]") {
  RollingRows<int> t(3, 4, 7);
  CHECK(t.keep() == 3);
  CHECK(t.width() == 4);
  CHECK(t[0] == std::vector<int>{7, 7, 7, 7});
  t[1][2] = 5;
  CHECK(t[4][2] == 5);  // row 4 is row 1's storage
  CHECK(t[2][2] == 7);
  CHECK(&t[0] == &t[3]);
  CHECK(&t[0] != &t[1]);
  CHECK_THROWS_AS(RollingRows<int>(0, 4), std::invalid_argument);
}

TEST_CASE("A full table and rolling rows give the same edit distances", "[dp]") {
  const std::vector<std::pair<std::string, std::string>> pairs{
      {"", ""},           {"", "abc"},          {"abc", ""},      {"horse", "ros"},
      {"intention", "execution"}, {"kitten", "sitting"}, {"aaaa", "aaaa"}, {"ab", "ba"}};
  const std::vector<int> expected{0, 3, 3, 3, 5, 3, 0, 2};
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const auto& [a, b] = pairs[k];
    INFO(a << " -> " << b);
    CHECK(edit_distance_full(a, b) == expected[k]);
    CHECK(edit_distance_rolling(a, b) == expected[k]);
  }
}

TEST_CASE("Rolling rows with keep 3 fit a recurrence over the last two rows", "[dp]") {
  // Row i = row i-1 + row i-2, elementwise: Fibonacci in each column. Rows i, i-1
  // and i-2 must be distinct storage, hence keep = 3.
  RollingRows<long long> rows(3, 2);
  rows[0] = {0, 1};
  rows[1] = {1, 1};
  for (std::size_t i = 2; i <= 50; ++i)
    for (std::size_t j = 0; j < 2; ++j) rows[i][j] = rows[i - 1][j] + rows[i - 2][j];
  CHECK(rows[50][0] == 12586269025LL);  // fib(50)
  CHECK(rows[50][1] == 20365011074LL);  // fib(51)
}

TEST_CASE("knapsack_once counts the subsets of each sum, as enumerating them does", "[dp]") {
  Lcg rng{416};
  for (int round = 0; round < 200; ++round) {
    std::vector<int> weights;
    const int items = rng(0, 10);
    for (int i = 0; i < items; ++i) weights.push_back(rng(0, 7));  // zeros and repeats included
    const auto size = static_cast<std::size_t>(rng(1, 30));
    std::vector<long long> counts(size, 0);
    counts[0] = 1;  // the empty subset
    for (int w : weights)
      knapsack_once(counts, static_cast<std::size_t>(w), [](long long without, long long with) { return without + with; });
    INFO("round " << round);
    CHECK(counts == subset_counts_by_enumeration(weights, size));
  }
}

TEST_CASE("knapsack_unbounded counts the multisets of each sum, as enumerating them does", "[dp]") {
  Lcg rng{518};
  for (int round = 0; round < 200; ++round) {
    std::vector<int> weights;
    const int items = rng(0, 5);
    for (int i = 0; i < items; ++i) weights.push_back(rng(1, 6));
    const auto size = static_cast<std::size_t>(rng(1, 25));
    std::vector<long long> counts(size, 0);
    counts[0] = 1;
    for (int w : weights)
      knapsack_unbounded(counts, static_cast<std::size_t>(w), [](long long without, long long with) { return without + with; });
    INFO("round " << round);
    for (std::size_t c = 0; c < size; ++c)
      CHECK(counts[c] == multiset_count_by_enumeration(weights, 0, static_cast<int>(c)));
  }
}

TEST_CASE("The direction is the whole difference: 0/1 and unbounded reachability", "[dp]") {
  // Partition Equal Subset Sum, [1, 5, 11, 5]: half the total is 11.
  std::vector<char> once(12, 0), unbounded(12, 0);
  once[0] = unbounded[0] = 1;
  const auto either = [](bool without, bool with) -> char { return without || with; };
  for (int x : {1, 5, 11, 5}) {
    knapsack_once(once, static_cast<std::size_t>(x), either);
    knapsack_unbounded(unbounded, static_cast<std::size_t>(x), either);
  }
  CHECK(once == std::vector<char>{1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1});  // 0,1,5,6,10,11
  CHECK(unbounded == std::vector<char>(12, 1));                           // the 1 repeats
  // [1, 2, 5]: half of 8 is 4, reachable only if an element is used twice.
  std::vector<bool> reach(5, false), reach_wrong(5, false);
  reach[0] = reach_wrong[0] = true;
  for (int x : {1, 2, 5}) {
    knapsack_once(reach, static_cast<std::size_t>(x), [](bool without, bool with) { return without || with; });
    knapsack_unbounded(reach_wrong, static_cast<std::size_t>(x), [](bool without, bool with) { return without || with; });
  }
  CHECK_FALSE(reach[4]);
  CHECK(reach[3]);
  CHECK(reach_wrong[4]);
}

TEST_CASE("knapsack_unbounded with min: Perfect Squares", "[dp]") {
  const int n = 2000;
  std::vector<int> fewest(n + 1, n + 1);  // n + 1: more than any answer
  fewest[0] = 0;
  for (int s = 1; s * s <= n; ++s)
    knapsack_unbounded(fewest, static_cast<std::size_t>(s * s), [](int without, int with) { return std::min(without, with + 1); });
  CHECK(fewest[12] == 3);
  CHECK(fewest[13] == 2);
  CHECK(fewest[7] == 4);
  for (int m = 1; m <= n; ++m) {
    INFO(m);
    CHECK(fewest[static_cast<std::size_t>(m)] == fewest_squares_by_theorem(m));
  }
}

TEST_CASE("Knapsack counts multisets; a loop over sums outside counts sequences", "[dp]") {
  // Steps of 1 and 2 reaching 4: as multisets {1,1,1,1}, {1,1,2}, {2,2}; as
  // sequences (Climbing Stairs) also 1+2+1 and 2+1+1.
  std::vector<long long> multisets(5, 0);
  multisets[0] = 1;
  for (std::size_t w : {1u, 2u})
    knapsack_unbounded(multisets, w, [](long long without, long long with) { return without + with; });
  std::vector<long long> sequences(5, 0);
  sequences[0] = 1;
  for (std::size_t c = 1; c < 5; ++c)
    for (std::size_t w : {1u, 2u})
      if (w <= c) sequences[c] += sequences[c - w];
  CHECK(multisets[4] == 3);
  CHECK(sequences[4] == 5);
}

TEST_CASE("Knapsack updates at the edges: zero weight, weights past the table", "[dp]") {
  std::vector<long long> counts{1, 2, 3};
  const auto add = [](long long without, long long with) { return without + with; };
  knapsack_once(counts, 3, add);  // past the end: nothing to do
  knapsack_once(counts, 7, add);
  CHECK(counts == std::vector<long long>{1, 2, 3});
  knapsack_unbounded(counts, 3, add);
  CHECK(counts == std::vector<long long>{1, 2, 3});
  knapsack_once(counts, 0, add);  // an item of weight 0: taken or not, every count doubles
  CHECK(counts == std::vector<long long>{2, 4, 6});
  CHECK_THROWS_AS(knapsack_unbounded(counts, 0, add), std::invalid_argument);
  std::vector<int> empty;
  knapsack_once(empty, 0, add);
  CHECK(empty.empty());
  knapsack_unbounded(empty, 1, add);
  CHECK(empty.empty());
}
