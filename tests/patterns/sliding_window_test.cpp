#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <vector>

#include <kata/patterns/sliding_window.hpp>

using namespace kata::patterns;

namespace {

// The longest run of s without a repeated character, through the frame.
Window longest_distinct(const std::string& s) {
  std::array<int, 256> count{};
  int repeats = 0;
  auto at = [&](int i) { return static_cast<unsigned char>(s[static_cast<std::size_t>(i)]); };
  return longest_window(
      static_cast<int>(s.size()), [&](int i) { repeats += ++count[at(i)] == 2; },
      [&](int i) { repeats -= --count[at(i)] == 1; }, [&] { return repeats == 0; });
}

// The shortest piece of s containing every character of t (with multiplicity).
std::optional<Window> covering(const std::string& s, const std::string& t) {
  std::array<int, 256> need{};
  for (char c : t) ++need[static_cast<unsigned char>(c)];
  int missing = static_cast<int>(t.size());
  auto at = [&](int i) { return static_cast<unsigned char>(s[static_cast<std::size_t>(i)]); };
  return shortest_window(
      static_cast<int>(s.size()), [&](int i) { missing -= need[at(i)]-- > 0; },
      [&](int i) { missing += ++need[at(i)] > 0; }, [&] { return missing == 0; });
}

std::vector<int> naive_max(const std::vector<int>& a, int k) {
  std::vector<int> out;
  for (std::size_t i = 0; k > 0 && i + static_cast<std::size_t>(k) <= a.size(); ++i)
    out.push_back(*std::max_element(a.begin() + static_cast<long>(i),
                                    a.begin() + static_cast<long>(i) + k));
  return out;
}

}  // namespace

TEST_CASE("Longest window finds the longest run without repeats", "[sliding-window]") {
  CHECK(longest_distinct("abcabcbb") == Window{0, 3});
  CHECK(longest_distinct("pwwkew") == Window{2, 3});
  CHECK(longest_distinct("abba") == Window{0, 2});
  CHECK(longest_distinct("abcdef") == Window{0, 6});
}

TEST_CASE("Longest window prefers the leftmost among equally long windows",
          "[sliding-window]") {
  CHECK(longest_distinct("abab") == Window{0, 2});
  CHECK(longest_distinct("bbbb") == Window{0, 1});
}

TEST_CASE("Longest window over nothing is empty", "[sliding-window]") {
  CHECK(longest_distinct("") == Window{0, 0});
}

TEST_CASE("Longest window is empty when no single element is valid", "[sliding-window]") {
  // Valid: the window's sum is at most 3; every element is larger.
  std::vector<int> a{5, 7, 4};
  int sum = 0;
  Window w = longest_window(
      3, [&](int i) { sum += a[static_cast<std::size_t>(i)]; },
      [&](int i) { sum -= a[static_cast<std::size_t>(i)]; }, [&] { return sum <= 3; });
  CHECK(w.length == 0);
  CHECK(sum == 0);  // every element that entered also left
}

TEST_CASE("Longest window with a sum budget matches an exhaustive search", "[sliding-window]") {
  std::vector<int> a{2, 1, 3, 1, 1, 1, 4, 2, 1, 1};
  for (int budget = 0; budget <= 20; ++budget) {
    int sum = 0;
    Window w = longest_window(
        static_cast<int>(a.size()), [&](int i) { sum += a[static_cast<std::size_t>(i)]; },
        [&](int i) { sum -= a[static_cast<std::size_t>(i)]; }, [&] { return sum <= budget; });
    int best = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
      int s = 0;
      for (std::size_t j = i; j < a.size(); ++j) {
        s += a[j];
        if (s <= budget) best = std::max(best, static_cast<int>(j - i + 1));
      }
    }
    INFO("budget " << budget);
    CHECK(w.length == best);
  }
}

TEST_CASE("Shortest window finds the smallest piece covering a multiset", "[sliding-window]") {
  CHECK(covering("ADOBECODEBANC", "ABC") == Window{9, 4});
  CHECK(covering("a", "a") == Window{0, 1});
  CHECK(covering("aabbaab", "aab") == Window{0, 3});  // leftmost of three ties
  CHECK(covering("xxxxxxyz", "zy") == Window{6, 2});
}

TEST_CASE("Shortest window is nullopt when nothing is valid", "[sliding-window]") {
  CHECK_FALSE(covering("a", "aa").has_value());
  CHECK_FALSE(covering("", "a").has_value());
  CHECK_FALSE(covering("abc", "d").has_value());
}

TEST_CASE("Shortest window never returns an empty window even if empty counts as valid",
          "[sliding-window]") {
  CHECK(covering("abc", "") == Window{0, 1});
}

TEST_CASE("Fixed windows visit every window of size k once, left to right",
          "[sliding-window]") {
  std::vector<int> a{1, 2, 3, 4, 5};
  int sum = 0;
  std::vector<int> lefts, sums;
  fixed_windows(
      5, 3, [&](int i) { sum += a[static_cast<std::size_t>(i)]; },
      [&](int i) { sum -= a[static_cast<std::size_t>(i)]; },
      [&](int left) {
        lefts.push_back(left);
        sums.push_back(sum);
      });
  CHECK(lefts == std::vector<int>{0, 1, 2});
  CHECK(sums == std::vector<int>{6, 9, 12});
}

TEST_CASE("Fixed windows: none when k is larger than n or not positive", "[sliding-window]") {
  int calls = 0;
  auto nothing = [](int) {};
  fixed_windows(3, 4, nothing, nothing, [&](int) { ++calls; });
  fixed_windows(3, 0, nothing, nothing, [&](int) { ++calls; });
  CHECK(calls == 0);
  fixed_windows(3, 3, nothing, nothing, [&](int left) { calls += left == 0; });
  CHECK(calls == 1);
}

TEST_CASE("Window max gives the maximum of every window", "[sliding-window]") {
  CHECK(window_max(std::vector<int>{1, 3, -1, -3, 5, 3, 6, 7}, 3) ==
        std::vector<int>{3, 3, 5, 5, 6, 7});
  CHECK(window_max(std::vector<int>{1}, 1) == std::vector<int>{1});
  CHECK(window_max(std::vector<int>{4, 2, 7}, 3) == std::vector<int>{7});
  CHECK(window_max(std::vector<int>{4, 2, 7}, 1) == std::vector<int>{4, 2, 7});
}

TEST_CASE("Window max handles ties, sorted runs and out-of-range k", "[sliding-window]") {
  CHECK(window_max(std::vector<int>{2, 2, 2, 2}, 2) == std::vector<int>{2, 2, 2});
  CHECK(window_max(std::vector<int>{9, 1, 1, 1}, 2) == std::vector<int>{9, 1, 1});
  CHECK(window_max(std::vector<int>{1, 2, 3, 4}, 2) == std::vector<int>{2, 3, 4});
  CHECK(window_max(std::vector<int>{4, 3, 2, 1}, 2) == std::vector<int>{4, 3, 2});
  CHECK(window_max(std::vector<int>{1, 2}, 3).empty());
  CHECK(window_max(std::vector<int>{1, 2}, 0).empty());
  CHECK(window_max(std::vector<int>{}, 1).empty());
}

TEST_CASE("Window max with greater gives the window minimum", "[sliding-window]") {
  CHECK(window_max(std::vector<int>{3, 1, 4, 1, 5, 9, 2}, 3, std::greater<int>{}) ==
        std::vector<int>{1, 1, 1, 1, 2});
}

TEST_CASE("Window max agrees with a naive scan on many arrays", "[sliding-window]") {
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1103515245u + 12345u;
    return static_cast<int>((state >> 16) % 7) - 3;
  };
  for (int n = 1; n <= 12; ++n)
    for (int trial = 0; trial < 20; ++trial) {
      std::vector<int> a(static_cast<std::size_t>(n));
      for (int& x : a) x = next();
      for (int k = 1; k <= n; ++k) {
        INFO("n " << n << " k " << k);
        CHECK(window_max(a, k) == naive_max(a, k));
      }
    }
}
