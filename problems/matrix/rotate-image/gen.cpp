// size: n, the side of the square grid, from 1 to 20 (the maximum; 0 is raised to
// 1). Shapes:
// 1. values from the whole range [-1000, 1000], repeats allowed;
// 2. distinct values (n * n of [-1000, 1000], shuffled): every misplaced element
//    shows;
// 3. the cells numbered 1, 2, 3, ... row by row: the answer shows the turn plainly;
// 4. symmetric across the main diagonal: transposing leaves it as it is, and the
//    turned image is just every row reversed.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 20);
  const int shape = rng.between(1, 4);
  std::vector<int> values;
  if (shape == 1 || shape == 4) {
    values = ints(rng, n * n, -1000, 1000);
  } else if (shape == 2) {
    values = sorted_distinct(rng, n * n, -1000, 1000);
    rng.shuffle(values);
  } else {
    for (int k = 1; k <= n * n; ++k) values.push_back(k);
  }
  std::vector<std::vector<int>> grid(static_cast<std::size_t>(n));
  for (int r = 0; r < n; ++r)
    grid[static_cast<std::size_t>(r)].assign(values.begin() + r * n, values.begin() + (r + 1) * n);
  if (shape == 4)
    for (std::size_t i = 0; i < grid.size(); ++i)
      for (std::size_t j = 0; j < i; ++j) grid[i][j] = grid[j][i];
  return Json::array({grid});
}
