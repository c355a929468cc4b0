#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include <kata/patterns/dp.hpp>

using namespace kata::patterns;

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
