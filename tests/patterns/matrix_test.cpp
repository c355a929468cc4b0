#include <catch2/catch.hpp>

#include <algorithm>
#include <climits>  // INT_MAX, INT_MIN
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/matrix.hpp>

#include "lcg.hpp"

using kata::patterns::count_at_most;
using kata::patterns::fill_lines_containing;
using kata::patterns::for_each_spiral;
using kata::patterns::Grid;
using kata::patterns::rotate_clockwise;
using kata::patterns::rotate_counterclockwise;
using kata::patterns::spiral_order;
using kata::patterns::staircase_search;
using kata::patterns::transpose_square;

using kata::patterns::test::Lcg;

namespace {

using Ints = std::vector<int>;
using Cell = std::pair<std::size_t, std::size_t>;

Grid<int> random_grid(Lcg& next, std::size_t rows, std::size_t cols, int lo, int hi) {
  Grid<int> g(rows, Ints(cols));
  for (auto& row : g)
    for (auto& x : row) x = next(lo, hi);
  return g;
}

// The spiral by simulation: walk right, down, left, up, turning clockwise whenever
// the next cell is outside the grid or already taken.
std::vector<Cell> spiral_by_turning(std::size_t rows, std::size_t cols) {
  std::vector<Cell> out;
  if (rows == 0 || cols == 0) return out;
  std::vector<std::vector<bool>> seen(rows, std::vector<bool>(cols, false));
  const int dr[] = {0, 1, 0, -1}, dc[] = {1, 0, -1, 0};
  int r = 0, c = 0, d = 0;
  for (std::size_t k = 0; k < rows * cols; ++k) {
    out.emplace_back(r, c);
    seen[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = true;
    for (int turn = 0; turn < 4; ++turn) {
      const int nr = r + dr[d], nc = c + dc[d];
      if (nr >= 0 && nc >= 0 && nr < static_cast<int>(rows) && nc < static_cast<int>(cols) &&
          !seen[static_cast<std::size_t>(nr)][static_cast<std::size_t>(nc)])
        break;
      d = (d + 1) % 4;
    }
    r += dr[d];
    c += dc[d];
  }
  return out;
}

std::vector<Cell> spiral_cells(std::size_t rows, std::size_t cols) {
  std::vector<Cell> out;
  for_each_spiral(rows, cols, [&](std::size_t r, std::size_t c) { out.emplace_back(r, c); });
  return out;
}

// A quarter turn clockwise into a new grid, straight from (i, j) -> (j, n - 1 - i).
Grid<int> turned_copy(const Grid<int>& g) {
  const std::size_t n = g.size();
  Grid<int> out(n, Ints(n));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) out[j][n - 1 - i] = g[i][j];
  return out;
}

// Rows and columns holding value, found first, then filled: O(m + n) extra space.
Grid<int> filled_copy(Grid<int> g, int value) {
  const std::size_t rows = g.size(), cols = rows ? g[0].size() : 0;
  std::set<std::size_t> fill_rows, fill_cols;
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c)
      if (g[r][c] == value) {
        fill_rows.insert(r);
        fill_cols.insert(c);
      }
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c)
      if (fill_rows.count(r) || fill_cols.count(c)) g[r][c] = value;
  return g;
}

// A grid whose rows and columns ascend: each cell is the larger of its upper and
// left neighbours plus a random step in [0, step] (0 makes repeats).
Grid<int> sorted_grid(Lcg& next, std::size_t rows, std::size_t cols, int step) {
  Grid<int> g(rows, Ints(cols));
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) {
      int base = -20;
      if (r > 0) base = std::max(base, g[r - 1][c]);
      if (c > 0) base = std::max(base, g[r][c - 1]);
      g[r][c] = base + next(0, step);
    }
  return g;
}

}  // namespace

TEST_CASE("spiral_order reads the layers from the outside in", "[matrix]") {
  CHECK(spiral_order(Grid<int>{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}) == Ints{1, 2, 3, 6, 9, 8, 7, 4, 5});
  CHECK(spiral_order(Grid<int>{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}}) ==
        Ints{1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7});

  SECTION("a single row, a single column, a single cell") {
    CHECK(spiral_order(Grid<int>{{1, 2, 3}}) == Ints{1, 2, 3});
    CHECK(spiral_order(Grid<int>{{1}, {2}, {3}}) == Ints{1, 2, 3});
    CHECK(spiral_order(Grid<int>{{7}}) == Ints{7});
  }
  SECTION("a leftover middle row or column is read once") {
    CHECK(spiral_order(Grid<int>{{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}, {17, 18, 19, 20}}) ==
          Ints{1, 2, 3, 4, 8, 12, 16, 20, 19, 18, 17, 13, 9, 5, 6, 7, 11, 15, 14, 10});
    CHECK(spiral_order(Grid<int>{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {10, 11, 12}}) ==
          Ints{1, 2, 3, 6, 9, 12, 11, 10, 7, 4, 5, 8});
    CHECK(spiral_order(Grid<int>{{1, 2}, {3, 4}, {5, 6}}) == Ints{1, 2, 4, 6, 5, 3});
  }
  SECTION("no cells at all") {
    CHECK(spiral_order(Grid<int>{}).empty());
    CHECK(spiral_cells(0, 5).empty());
    CHECK(spiral_cells(5, 0).empty());
  }
  SECTION("any element type") {
    CHECK(spiral_order(Grid<std::string>{{"a", "b"}, {"d", "c"}}) == std::vector<std::string>{"a", "b", "c", "d"});
  }
}

TEST_CASE("for_each_spiral agrees with walking and turning at walls", "[matrix]") {
  for (std::size_t rows = 0; rows <= 9; ++rows)
    for (std::size_t cols = 0; cols <= 9; ++cols) {
      INFO(rows << " x " << cols);
      const auto cells = spiral_cells(rows, cols);
      CHECK(cells == spiral_by_turning(rows, cols));
      CHECK(std::set<Cell>(cells.begin(), cells.end()).size() == rows * cols);  // each cell once
    }
}

TEST_CASE("transpose and quarter turns move (i, j) where they should", "[matrix]") {
  Grid<int> g{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
  transpose_square(g);
  CHECK(g == Grid<int>{{1, 4, 7}, {2, 5, 8}, {3, 6, 9}});
  transpose_square(g);
  CHECK(g == Grid<int>{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});

  rotate_clockwise(g);
  CHECK(g == Grid<int>{{7, 4, 1}, {8, 5, 2}, {9, 6, 3}});
  rotate_counterclockwise(g);
  CHECK(g == Grid<int>{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
  rotate_counterclockwise(g);
  CHECK(g == Grid<int>{{3, 6, 9}, {2, 5, 8}, {1, 4, 7}});

  Grid<int> four{{5, 1, 9, 11}, {2, 4, 8, 10}, {13, 3, 6, 7}, {15, 14, 12, 16}};
  rotate_clockwise(four);
  CHECK(four == Grid<int>{{15, 13, 2, 5}, {14, 3, 4, 1}, {12, 6, 8, 9}, {16, 7, 10, 11}});

  SECTION("one cell, two by two, nothing") {
    Grid<int> one{{-1000}};
    rotate_clockwise(one);
    CHECK(one == Grid<int>{{-1000}});
    Grid<int> two{{1, 2}, {3, 4}};
    rotate_clockwise(two);
    CHECK(two == Grid<int>{{3, 1}, {4, 2}});
    Grid<int> empty;
    rotate_clockwise(empty);
    rotate_counterclockwise(empty);
    CHECK(empty.empty());
  }
}

TEST_CASE("rotate_clockwise agrees with copying (i, j) to (j, n - 1 - i)", "[matrix]") {
  Lcg next{48};
  for (int round = 0; round < 300; ++round) {
    const auto n = static_cast<std::size_t>(next(0, 9));
    Grid<int> g = random_grid(next, n, n, -5, 5);
    INFO("round " << round << ", n " << n);
    const Grid<int> once = turned_copy(g);
    Grid<int> w = g;
    rotate_clockwise(w);
    CHECK(w == once);
    rotate_clockwise(w);
    rotate_clockwise(w);
    rotate_clockwise(w);
    CHECK(w == g);  // four quarter turns are the identity
    rotate_counterclockwise(w);
    CHECK(turned_copy(turned_copy(turned_copy(g))) == w);
  }
}

TEST_CASE("fill_lines_containing fills the rows and columns that held the value", "[matrix]") {
  Grid<int> g{{1, 1, 1}, {1, 0, 1}, {1, 1, 1}};
  fill_lines_containing(g, 0);
  CHECK(g == Grid<int>{{1, 0, 1}, {0, 0, 0}, {1, 0, 1}});

  Grid<int> h{{0, 1, 2, 0}, {3, 4, 5, 2}, {1, 3, 1, 5}};
  fill_lines_containing(h, 0);
  CHECK(h == Grid<int>{{0, 0, 0, 0}, {0, 4, 5, 0}, {0, 3, 1, 0}});

  SECTION("the marker row and column themselves") {
    Grid<int> in_row_0{{1, 0, 1}, {1, 1, 1}};
    fill_lines_containing(in_row_0, 0);
    CHECK(in_row_0 == Grid<int>{{0, 0, 0}, {1, 0, 1}});
    Grid<int> in_col_0{{1, 1}, {0, 1}, {1, 1}};
    fill_lines_containing(in_col_0, 0);
    CHECK(in_col_0 == Grid<int>{{0, 1}, {0, 0}, {0, 1}});
    Grid<int> corner{{0, 1}, {1, 1}};
    fill_lines_containing(corner, 0);
    CHECK(corner == Grid<int>{{0, 0}, {0, 1}});
    Grid<int> far_corner{{1, 1}, {1, 0}};
    fill_lines_containing(far_corner, 0);
    CHECK(far_corner == Grid<int>{{1, 0}, {0, 0}});
  }
  SECTION("no value to spread, a single cell, one line") {
    Grid<int> none{{INT_MIN, INT_MAX}, {-1, 1}};
    fill_lines_containing(none, 0);
    CHECK(none == Grid<int>{{INT_MIN, INT_MAX}, {-1, 1}});
    Grid<int> one{{0}};
    fill_lines_containing(one, 0);
    CHECK(one == Grid<int>{{0}});
    Grid<int> row{{3, 0, 4}};
    fill_lines_containing(row, 0);
    CHECK(row == Grid<int>{{0, 0, 0}});
    Grid<int> column{{3}, {4}, {0}};
    fill_lines_containing(column, 0);
    CHECK(column == Grid<int>{{0}, {0}, {0}});
    Grid<int> empty;
    fill_lines_containing(empty, 0);
    CHECK(empty.empty());
  }
  SECTION("any value, not only zero") {
    Grid<int> g7{{7, 1}, {2, 3}};
    fill_lines_containing(g7, 7);
    CHECK(g7 == Grid<int>{{7, 7}, {7, 3}});
  }
}

TEST_CASE("fill_lines_containing agrees with finding the lines first", "[matrix]") {
  Lcg next{73};
  for (int round = 0; round < 500; ++round) {
    const auto rows = static_cast<std::size_t>(next(1, 7)), cols = static_cast<std::size_t>(next(1, 7));
    const int spread = next(1, 8);  // small spreads: many zeros
    Grid<int> g = random_grid(next, rows, cols, -spread, spread);
    INFO("round " << round);
    Grid<int> w = g;
    fill_lines_containing(w, 0);
    CHECK(w == filled_copy(g, 0));
  }
}

TEST_CASE("staircase_search finds a value in a row- and column-sorted grid", "[matrix]") {
  const Grid<int> g{{1, 4, 7, 11, 15}, {2, 5, 8, 12, 19}, {3, 6, 9, 16, 22}, {10, 13, 14, 17, 24}, {18, 21, 23, 26, 30}};
  CHECK(staircase_search(g, 5) == std::optional<Cell>{Cell{1, 1}});
  CHECK(staircase_search(g, 20) == std::nullopt);

  SECTION("the four corners, and past both ends") {
    CHECK(staircase_search(g, 1) == std::optional<Cell>{Cell{0, 0}});
    CHECK(staircase_search(g, 15) == std::optional<Cell>{Cell{0, 4}});
    CHECK(staircase_search(g, 18) == std::optional<Cell>{Cell{4, 0}});
    CHECK(staircase_search(g, 30) == std::optional<Cell>{Cell{4, 4}});
    CHECK(staircase_search(g, 0) == std::nullopt);
    CHECK(staircase_search(g, 31) == std::nullopt);
  }
  SECTION("one row, one column, one cell, nothing") {
    CHECK(staircase_search(Grid<int>{{1, 3, 5}}, 3) == std::optional<Cell>{Cell{0, 1}});
    CHECK(staircase_search(Grid<int>{{1}, {3}, {5}}, 4) == std::nullopt);
    CHECK(staircase_search(Grid<int>{{-5}}, -5) == std::optional<Cell>{Cell{0, 0}});
    CHECK(staircase_search(Grid<int>{}, 1) == std::nullopt);
  }
  SECTION("the ends of int") {
    const Grid<int> big{{INT_MIN, 0}, {0, INT_MAX}};
    CHECK(staircase_search(big, INT_MIN) == std::optional<Cell>{Cell{0, 0}});
    CHECK(staircase_search(big, INT_MAX) == std::optional<Cell>{Cell{1, 1}});
    CHECK(staircase_search(big, 1) == std::nullopt);
  }
}

TEST_CASE("staircase_search and count_at_most agree with scanning every cell", "[matrix]") {
  Lcg next{240};
  for (int round = 0; round < 400; ++round) {
    const auto rows = static_cast<std::size_t>(next(0, 8)), cols = static_cast<std::size_t>(next(1, 8));
    const Grid<int> g = sorted_grid(next, rows, cols, next(0, 1) ? 1 : 6);
    INFO("round " << round);
    for (int x = -22; x <= 72; ++x) {  // every value is in [-20, 70]
      INFO("x " << x);
      std::size_t at_most = 0;
      bool present = false;
      for (const auto& row : g)
        for (int v : row) {
          at_most += v <= x;
          present = present || v == x;
        }
      const auto found = staircase_search(g, x);
      REQUIRE(found.has_value() == present);
      if (found) CHECK(g[found->first][found->second] == x);
      CHECK(count_at_most(g, x) == at_most);
    }
  }
}
