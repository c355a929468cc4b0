#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/backtracking.hpp>

using kata::patterns::backtrack;
using kata::patterns::backtrack_path;

namespace {

// Every ordering of 0..n-1, by the path frame.
std::vector<std::vector<int>> permutations(int n) {
  std::vector<std::vector<int>> out;
  std::vector<int> path;
  backtrack_path(
      path,
      [n](const std::vector<int>& p) {
        std::vector<int> unused;
        for (int x = 0; x < n; ++x)
          if (std::find(p.begin(), p.end(), x) == p.end()) unused.push_back(x);
        return unused;
      },
      [n](const std::vector<int>& p) { return static_cast<int>(p.size()) == n; },
      [&](const std::vector<int>& p) { out.push_back(p); });
  return out;
}

// The number of ways to place n non-attacking queens; a path is a column per row.
int count_queens(int n) {
  int count = 0;
  std::vector<int> cols;
  backtrack_path(
      cols,
      [n](const std::vector<int>& placed) {
        std::vector<int> safe;
        int row = static_cast<int>(placed.size());
        if (row == n) return safe;
        for (int c = 0; c < n; ++c) {
          bool ok = true;
          for (int r = 0; r < row && ok; ++r)
            ok = placed[r] != c && row - r != c - placed[r] && row - r != placed[r] - c;
          if (ok) safe.push_back(c);
        }
        return safe;
      },
      [n](const std::vector<int>& placed) { return static_cast<int>(placed.size()) == n; },
      [&](const std::vector<int>&) { ++count; });
  return count;
}

}  // namespace

TEST_CASE("backtrack_path enumerates every permutation exactly once, in lexicographic order",
          "[backtracking]") {
  auto perms = permutations(4);
  CHECK(perms.size() == 24);
  CHECK(std::is_sorted(perms.begin(), perms.end()));
  CHECK(std::set<std::vector<int>>(perms.begin(), perms.end()).size() == 24);
  CHECK(perms.front() == std::vector<int>{0, 1, 2, 3});
  CHECK(perms.back() == std::vector<int>{3, 2, 1, 0});
}

TEST_CASE("The root is emitted when it is accepted, even with no candidates", "[backtracking]") {
  auto perms = permutations(0);
  REQUIRE(perms.size() == 1);
  CHECK(perms[0].empty());
}

TEST_CASE("An accepted state is still extended: every node of the subset tree is emitted",
          "[backtracking]") {
  const std::vector<int> nums{5, 7, 9};
  std::vector<std::vector<int>> subsets;
  std::vector<int> chosen;  // indices into nums, increasing
  backtrack_path(
      chosen,
      [&](const std::vector<int>& p) {
        std::vector<int> next;
        for (int i = p.empty() ? 0 : p.back() + 1; i < static_cast<int>(nums.size()); ++i)
          next.push_back(i);
        return next;
      },
      [](const std::vector<int>&) { return true; },
      [&](const std::vector<int>& p) { subsets.push_back(p); });
  CHECK(subsets.size() == 8);
  CHECK(subsets.front().empty());
  CHECK(std::set<std::vector<int>>(subsets.begin(), subsets.end()).size() == 8);
}

TEST_CASE("Pruned candidates give the known N-Queens counts", "[backtracking]") {
  const int expected[] = {1, 1, 0, 0, 2, 10, 4, 40, 92};
  for (int n = 0; n <= 8; ++n) {
    INFO("n = " << n);
    CHECK(count_queens(n) == expected[n]);
  }
}

TEST_CASE("An emit that returns true stops the search and the state is restored",
          "[backtracking]") {
  std::vector<int> path{42};  // a non-empty starting state must survive too
  int emitted = 0;
  std::vector<int> found;
  bool stopped = backtrack_path(
      path,
      [](const std::vector<int>& p) {
        return p.size() < 4 ? std::vector<int>{1, 2, 3} : std::vector<int>{};
      },
      [](const std::vector<int>& p) { return p.size() == 4; },
      [&](const std::vector<int>& p) {
        ++emitted;
        if (p[1] + p[2] + p[3] == 7) {
          found = p;
          return true;
        }
        return false;
      });
  CHECK(stopped);
  CHECK(found == std::vector<int>{42, 1, 3, 3});  // the first in search order
  CHECK(emitted == 9);  // 111 112 113 121 122 123 131 132, then 133 stops it
  CHECK(path == std::vector<int>{42});
}

TEST_CASE("A search that is never stopped returns false and leaves the state as it found it",
          "[backtracking]") {
  std::vector<char> path;
  std::vector<std::string> words;
  bool stopped = backtrack_path(
      path,
      [](const std::vector<char>& p) {
        return p.size() < 2 ? std::vector<char>{'a', 'b'} : std::vector<char>{};
      },
      [](const std::vector<char>& p) { return p.size() == 2; },
      [&](const std::vector<char>& p) {
        words.emplace_back(p.begin(), p.end());
        return false;
      });
  CHECK_FALSE(stopped);
  CHECK(words == std::vector<std::string>{"aa", "ab", "ba", "bb"});
  CHECK(path.empty());
}

namespace {

// Word Search's shape: the state carries the grid, whose cells are marked while on the path.
struct GridState {
  std::vector<std::string> grid;
  std::string word;
  std::vector<std::pair<int, int>> path;
};

// The first path spelling st.word (cells used once), or an empty one; st is restored.
std::vector<std::pair<int, int>> find_word(GridState& st) {
  auto candidates = [](const GridState& s) {
    std::vector<std::pair<int, int>> next;
    std::size_t k = s.path.size();
    if (k == s.word.size()) return next;
    int rows = static_cast<int>(s.grid.size()), cols = static_cast<int>(s.grid[0].size());
    auto fits = [&](int r, int c) {
      return r >= 0 && c >= 0 && r < rows && c < cols && s.grid[r][c] == s.word[k];
    };
    if (k == 0) {
      for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
          if (fits(r, c)) next.emplace_back(r, c);
      return next;
    }
    auto [r, c] = s.path.back();
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (int d = 0; d < 4; ++d)
      if (fits(r + dr[d], c + dc[d])) next.emplace_back(r + dr[d], c + dc[d]);
    return next;
  };
  auto choose = [](GridState& s, const std::pair<int, int>& cell) {
    s.path.push_back(cell);
    s.grid[cell.first][cell.second] = '#';  // visited: matches no letter
  };
  auto unchoose = [](GridState& s, const std::pair<int, int>& cell) {
    s.path.pop_back();
    s.grid[cell.first][cell.second] = s.word[s.path.size()];
  };
  auto complete = [](const GridState& s) { return s.path.size() == s.word.size(); };
  std::vector<std::pair<int, int>> found;
  backtrack(st, candidates, choose, unchoose, complete, [&](const GridState& s) {
    found = s.path;
    return true;
  });
  return found;
}

}  // namespace

TEST_CASE("backtrack with explicit choose and unchoose finds a path and restores the grid",
          "[backtracking]") {
  GridState s{{"CAT", "OXO", "DOG"}, "CODOG", {}};
  auto path = find_word(s);
  CHECK(path == std::vector<std::pair<int, int>>{{0, 0}, {1, 0}, {2, 0}, {2, 1}, {2, 2}});
  CHECK(s.grid == std::vector<std::string>{"CAT", "OXO", "DOG"});
  CHECK(s.path.empty());
}

TEST_CASE("A cell marked by choose is not offered again on the same path", "[backtracking]") {
  GridState s{{"CAT", "OXO", "DOG"}, "COC", {}};  // the only C next to an O is the one used
  CHECK(find_word(s).empty());
  CHECK(s.grid == std::vector<std::string>{"CAT", "OXO", "DOG"});
  s.word = "CAD";  // A touches C, T and X only
  CHECK(find_word(s).empty());
  s.word = "OXOGOD";
  CHECK(find_word(s).size() == 6);
  CHECK(s.grid == std::vector<std::string>{"CAT", "OXO", "DOG"});
}
