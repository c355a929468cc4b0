// Matrix walks and transforms: a grid treated as a whole, by its boundaries, its
// index arithmetic and its sorted rows and columns, not as a graph of cells.
//
// Four shapes, used by the problems of the pattern:
// - for_each_spiral / spiral_order (layers): four boundaries, top, bottom, left and
//   right, close in one step after each side is walked; the walk stops as soon as
//   two of them cross, so a single leftover row or column is read once, not twice
//   (Spiral Matrix).
// - transpose_square, rotate_clockwise, rotate_counterclockwise (index transforms):
//   a clockwise quarter turn sends (i, j) to (j, n - 1 - i); it is a transpose
//   (i, j) -> (j, i) followed by reversing every row (j, i) -> (j, n - 1 - i).
//   Both steps are swaps of pairs, so the turn needs no second grid (Rotate Image).
// - fill_lines_containing (first row and column as markers): which rows and columns
//   hold a value is recorded in row 0 and column 0 themselves, plus one flag for
//   row 0, so the extra space is O(1) (Set Matrix Zeroes).
// - staircase_search, count_at_most (a corner of a row- and column-sorted grid): from
//   the top-right corner, each comparison rules out a whole row or a whole column,
//   so the walk is at most m + n - 1 steps (Search a 2D Matrix II).
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace kata::patterns {

template <class T>
using Grid = std::vector<std::vector<T>>;

// Calls visit(r, c) for every cell of a rows x cols grid in clockwise spiral order,
// starting at (0, 0): along the top row, down the right column, back along the
// bottom row, up the left column, then the same one layer further in. Each cell is
// visited exactly once; nothing when rows or cols is 0.
template <class Visit>
void for_each_spiral(std::size_t rows, std::size_t cols, Visit&& visit) {
  if (rows == 0 || cols == 0) return;
  // The part not visited yet is rows [top, bottom] x columns [left, right].
  std::size_t top = 0, bottom = rows - 1, left = 0, right = cols - 1;
  while (true) {
    for (std::size_t c = left; c <= right; ++c) visit(top, c);
    if (top++ == bottom) return;  // that was the last row
    for (std::size_t r = top; r <= bottom; ++r) visit(r, right);
    if (right-- == left) return;  // the last column
    for (std::size_t c = right + 1; c-- > left;) visit(bottom, c);
    if (bottom-- == top) return;
    for (std::size_t r = bottom + 1; r-- > top;) visit(r, left);
    if (left++ == right) return;
  }
}

// The elements of a rectangular grid in clockwise spiral order.
template <class T>
std::vector<T> spiral_order(const Grid<T>& grid) {
  std::vector<T> out;
  const std::size_t rows = grid.size(), cols = rows ? grid[0].size() : 0;
  out.reserve(rows * cols);
  for_each_spiral(rows, cols, [&](std::size_t r, std::size_t c) { out.push_back(grid[r][c]); });
  return out;
}

// Mirrors a square grid in its main diagonal, in place: (i, j) <-> (j, i).
template <class T>
void transpose_square(Grid<T>& grid) {
  for (std::size_t i = 0; i < grid.size(); ++i)
    for (std::size_t j = i + 1; j < grid.size(); ++j)  // each pair once: j > i only
      std::swap(grid[i][j], grid[j][i]);
}

// Turns a square grid a quarter clockwise, in place: the element at (i, j) moves to
// (j, n - 1 - i). Transpose, then reverse every row.
template <class T>
void rotate_clockwise(Grid<T>& grid) {
  transpose_square(grid);
  for (auto& row : grid)
    for (std::size_t a = 0, b = row.size(); a + 1 < b; ++a, --b) std::swap(row[a], row[b - 1]);
}

// Turns a square grid a quarter counterclockwise, in place: (i, j) moves to
// (n - 1 - j, i). Transpose, then reverse the order of the rows.
template <class T>
void rotate_counterclockwise(Grid<T>& grid) {
  transpose_square(grid);
  for (std::size_t a = 0, b = grid.size(); a + 1 < b; ++a, --b) std::swap(grid[a], grid[b - 1]);
}

// Fills with `value` every row and every column of a rectangular grid that holds
// `value` somewhere (looking at the grid as it was before the call), in place with
// O(1) extra space: row 0 and column 0 record which lines to fill, and one flag
// remembers whether row 0 itself must be filled. O(rows * cols).
template <class T>
void fill_lines_containing(Grid<T>& grid, const T& value) {
  const std::size_t rows = grid.size(), cols = rows ? grid[0].size() : 0;
  if (cols == 0) return;
  bool fill_row_0 = false;
  for (std::size_t c = 0; c < cols; ++c) fill_row_0 = fill_row_0 || grid[0][c] == value;
  // Mark: grid[r][0] == value means "fill row r", grid[0][c] == value "fill column c".
  // grid[0][0] is column 0's mark: it ends up equal to value exactly when column 0
  // held value somewhere. Row 0's own mark is the flag above.
  for (std::size_t r = 1; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c)
      if (grid[r][c] == value) {
        grid[r][0] = value;
        grid[0][c] = value;
      }
  // Fill everything below row 0 from the marks; row 0 goes last, its marks are read here.
  for (std::size_t r = 1; r < rows; ++r)
    for (std::size_t c = 1; c < cols; ++c)
      if (grid[r][0] == value || grid[0][c] == value) grid[r][c] = value;
  if (grid[0][0] == value)
    for (std::size_t r = 1; r < rows; ++r) grid[r][0] = value;
  if (fill_row_0)
    for (std::size_t c = 0; c < cols; ++c) grid[0][c] = value;
}

// The position of some element equal to target in a grid whose rows ascend left to
// right and whose columns ascend top to bottom (repeats allowed), or nothing. Starts
// at the top-right corner: a larger element rules out its column (everything below
// it is larger still), a smaller one its row. At most rows + cols - 1 comparisons.
template <class T>
std::optional<std::pair<std::size_t, std::size_t>> staircase_search(const Grid<T>& grid,
                                                                    const T& target) {
  const std::size_t rows = grid.size(), cols = rows ? grid[0].size() : 0;
  std::size_t r = 0, c = cols;  // c is one past the column looked at
  while (r < rows && c > 0) {
    const T& x = grid[r][c - 1];
    if (target < x)
      --c;  // the whole column c - 1 from row r down is larger than target
    else if (x < target)
      ++r;  // the whole row r from column c - 1 left is smaller than target
    else
      return std::pair{r, c - 1};
  }
  return std::nullopt;
}

// How many elements are <= x in a grid sorted like staircase_search's: the same
// walk, from the bottom-left corner, adding a whole column prefix per step right.
// O(rows + cols).
template <class T>
std::size_t count_at_most(const Grid<T>& grid, const T& x) {
  const std::size_t rows = grid.size(), cols = rows ? grid[0].size() : 0;
  std::size_t count = 0, r = rows, c = 0;  // r is one past the row looked at
  while (r > 0 && c < cols) {
    if (x < grid[r - 1][c]) {
      --r;  // row r - 1 from column c right is all larger than x
    } else {
      count += r;  // column c holds r elements <= x: rows 0 .. r - 1
      ++c;
    }
  }
  return count;
}

}  // namespace kata::patterns
