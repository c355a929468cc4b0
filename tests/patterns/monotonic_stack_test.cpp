#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include <kata/patterns/monotonic_stack.hpp>

using namespace kata::patterns;

namespace {

// The definition, scanned naively: nearest index in direction `dir` whose value beats a[i].
template <class T, class Beats>
std::vector<int> naive(const std::vector<T>& a, Beats beats, int dir) {
  const int n = static_cast<int>(a.size());
  std::vector<int> out(a.size(), dir > 0 ? n : -1);
  for (int i = 0; i < n; ++i)
    for (int j = i + dir; j >= 0 && j < n; j += dir)
      if (beats(a[j], a[i])) {
        out[i] = j;
        break;
      }
  return out;
}

}  // namespace

TEST_CASE("Next greater finds the nearest strictly larger value to the right, or n",
          "[monotonic-stack]") {
  std::vector<int> a{2, 1, 2, 4, 3};
  CHECK(next_greater(a) == std::vector<int>{3, 2, 3, 5, 5});
}

TEST_CASE("Equal values do not count as greater or smaller", "[monotonic-stack]") {
  std::vector<int> flat{5, 5, 5};
  CHECK(next_greater(flat) == std::vector<int>{3, 3, 3});
  CHECK(next_smaller(flat) == std::vector<int>{3, 3, 3});
  CHECK(prev_greater(flat) == std::vector<int>{-1, -1, -1});
  CHECK(prev_smaller(flat) == std::vector<int>{-1, -1, -1});
}

TEST_CASE("A non-strict relation treats equal values as beating", "[monotonic-stack]") {
  std::vector<int> flat{5, 5, 5};
  CHECK(next_where(flat, std::greater_equal<>{}) == std::vector<int>{1, 2, 3});
  CHECK(prev_where(flat, std::less_equal<>{}) == std::vector<int>{-1, 0, 1});
}

TEST_CASE("Previous and next smaller give each histogram bar its widest span",
          "[monotonic-stack]") {
  std::vector<int> h{2, 1, 5, 6, 2, 3};
  CHECK(prev_smaller(h) == std::vector<int>{-1, -1, 1, 2, 1, 4});
  CHECK(next_smaller(h) == std::vector<int>{1, 6, 4, 4, 6, 6});
  // Bar 2 (height 5) spans indices 2..3: width next - prev - 1 = 2, area 10.
  CHECK(next_smaller(h)[2] - prev_smaller(h)[2] - 1 == 2);
}

TEST_CASE("Previous greater finds the nearest strictly larger value to the left, or -1",
          "[monotonic-stack]") {
  std::vector<int> a{73, 74, 75, 71, 69, 72, 76, 73};
  CHECK(prev_greater(a) == std::vector<int>{-1, -1, -1, 2, 3, 2, -1, 6});
  CHECK(next_greater(a) == std::vector<int>{1, 2, 6, 5, 5, 6, 8, 8});
}

TEST_CASE("Empty and single-element inputs have no neighbours", "[monotonic-stack]") {
  std::vector<int> none;
  CHECK(next_greater(none).empty());
  CHECK(prev_smaller(none).empty());
  std::vector<int> one{42};
  CHECK(next_greater(one) == std::vector<int>{1});
  CHECK(next_smaller(one) == std::vector<int>{1});
  CHECK(prev_greater(one) == std::vector<int>{-1});
  CHECK(prev_smaller(one) == std::vector<int>{-1});
}

TEST_CASE("Strictly monotone inputs hit both extremes of the stack's behaviour",
          "[monotonic-stack]") {
  std::vector<int> up{1, 2, 3, 4};
  std::vector<int> down{4, 3, 2, 1};
  // Increasing: every element is settled at once by its neighbour.
  CHECK(next_greater(up) == std::vector<int>{1, 2, 3, 4});
  CHECK(prev_greater(up) == std::vector<int>{-1, -1, -1, -1});
  // Decreasing: nothing is settled until the end; the stack holds everything.
  CHECK(next_greater(down) == std::vector<int>{4, 4, 4, 4});
  CHECK(prev_greater(down) == std::vector<int>{-1, 0, 1, 2});
}

TEST_CASE("Works for any ordered value type and a custom relation", "[monotonic-stack]") {
  std::vector<std::string> words{"pear", "apple", "zoo", "fig"};
  CHECK(next_greater(words) == std::vector<int>{2, 2, 4, 4});
  std::vector<double> x{1.5, -2.0, 0.25};
  CHECK(prev_smaller(x) == std::vector<int>{-1, -1, 1});
  // "Beats" = longer string.
  auto longer = [](const std::string& l, const std::string& r) { return l.size() > r.size(); };
  CHECK(next_where(words, longer) == std::vector<int>{1, 4, 4, 4});
}

TEST_CASE("All four scans agree with the naive definition on many small arrays",
          "[monotonic-stack]") {
  // Every array of length 0..6 over {0, 1, 2}: duplicates and ties everywhere.
  for (int len = 0; len <= 6; ++len) {
    int total = 1;
    for (int i = 0; i < len; ++i) total *= 3;
    for (int code = 0; code < total; ++code) {
      std::vector<int> a;
      for (int c = code, i = 0; i < len; ++i, c /= 3) a.push_back(c % 3);
      INFO("len " << len << ", code " << code);
      CHECK(next_greater(a) == naive(a, std::greater<>{}, +1));
      CHECK(next_smaller(a) == naive(a, std::less<>{}, +1));
      CHECK(prev_greater(a) == naive(a, std::greater<>{}, -1));
      CHECK(prev_smaller(a) == naive(a, std::less<>{}, -1));
      CHECK(next_where(a, std::greater_equal<>{}) == naive(a, std::greater_equal<>{}, +1));
      CHECK(prev_where(a, std::less_equal<>{}) == naive(a, std::less_equal<>{}, -1));
    }
  }
}
