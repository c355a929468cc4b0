// size: the largest number of rows and of columns; the grid is m x n with m, n
// random in [1, size], and exactly 200 x 200 at size 200 (the maximum). Shapes:
// 1. dense zeros: each cell is 0 with a probability from 5% to 50%, the others
//    from [-3, 3];
// 2. sparse zeros: 1 to 5 zeros planted at random cells, the other values from
//    the whole int range, with INT_MIN, INT_MAX, -1 and 1 common (a solution that
//    marks cells with a "special" value meets that value in the grid);
// 3. no zero at all (values as in shape 2): nothing changes;
// 4. zeros only in row 0 and column 0, the cells a marker solution writes its
//    marks into (values as in shape 2);
// 5. a single zero in one of the four corners (values as in shape 2).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int bound = std::clamp(size, 1, 200);
  const int rows = bound == 200 ? 200 : rng.between(1, bound);
  const int cols = bound == 200 ? 200 : rng.between(1, bound);
  const int shape = rng.between(1, 5);
  auto nonzero = [&]() -> int {
    if (rng.chance(0.1)) {
      static const std::vector<int> special{INT_MIN, INT_MAX, -1, 1};
      return rng.pick(special);
    }
    int v = 0;
    while (v == 0) v = rng.between(INT_MIN, INT_MAX);
    return v;
  };
  std::vector<std::vector<int>> grid(static_cast<std::size_t>(rows), std::vector<int>(static_cast<std::size_t>(cols)));
  const double p = 0.05 + 0.45 * static_cast<double>(rng.between(0, 100)) / 100;
  for (auto& row : grid)
    for (int& x : row) {
      if (shape == 1) {
        x = rng.chance(p) ? 0 : rng.between(1, 3) * (rng.chance(0.5) ? 1 : -1);
      } else {
        x = nonzero();
      }
    }
  auto at = [&](int r, int c) -> int& { return grid[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]; };
  if (shape == 2) {
    const int zeros = rng.between(1, 5);
    for (int z = 0; z < zeros; ++z) at(rng.between(0, rows - 1), rng.between(0, cols - 1)) = 0;
  } else if (shape == 4) {
    const int zeros = rng.between(1, 3);
    for (int z = 0; z < zeros; ++z) {
      if (rng.chance(0.5)) at(0, rng.between(0, cols - 1)) = 0;
      else at(rng.between(0, rows - 1), 0) = 0;
    }
  } else if (shape == 5) {
    at(rng.chance(0.5) ? 0 : rows - 1, rng.chance(0.5) ? 0 : cols - 1) = 0;
  }
  return Json::array({grid});
}
