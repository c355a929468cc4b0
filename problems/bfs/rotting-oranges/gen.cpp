// size: the largest number of rows and of columns; the grid is m x n with m, n
// random in [1, size], and exactly 10 x 10 at size 10. The mix of empty cells,
// fresh and rotten oranges varies from grid to grid: usually some orange is rotten
// to start with, and now and then a fresh one is cut off (answer -1).

Json generate(Random& rng, int size) {
  const int bound = std::max(1, std::min(size, 10));
  const int rows = bound == 10 ? 10 : rng.extent(1, bound);
  const int cols = bound == 10 ? 10 : rng.extent(1, bound);
  const int empty = rng.between(0, 25);   // percent of empty cells
  const int rotten = rng.between(2, 25);  // percent of rotten oranges
  std::vector<std::vector<int>> grid(static_cast<std::size_t>(rows),
                                     std::vector<int>(static_cast<std::size_t>(cols)));
  bool any_rotten = false;
  for (auto& row : grid)
    for (int& cell : row) {
      int roll = rng.between(0, 99);
      cell = roll < empty ? 0 : roll < empty + rotten ? 2 : 1;
      any_rotten = any_rotten || cell == 2;
    }
  if (!any_rotten && rng.chance(0.8)) {
    grid[static_cast<std::size_t>(rng.between(0, rows - 1))]
        [static_cast<std::size_t>(rng.between(0, cols - 1))] = 2;
  }
  return Json::array({grid});
}
