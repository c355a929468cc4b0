// size: the largest number of rows and of columns; the grid is m x n with m, n
// random in [1, size], and exactly 10 x 10 at size 10. The mix of empty cells,
// fresh and rotten oranges varies from grid to grid: with few rotten oranges and
// many empty cells, some fresh ones are cut off (answer -1).

Json generate(Random& rng, int size) {
  const int bound = std::max(1, std::min(size, 10));
  const int rows = bound == 10 ? 10 : rng.between(1, bound);
  const int cols = bound == 10 ? 10 : rng.between(1, bound);
  const int empty = rng.between(0, 40);   // percent of empty cells
  const int rotten = rng.between(0, 20);  // percent of rotten oranges
  Json grid = Json::array();
  for (int r = 0; r < rows; ++r) {
    Json row = Json::array();
    for (int c = 0; c < cols; ++c) {
      int roll = rng.between(0, 99);
      row.push_back(roll < empty ? 0 : roll < empty + rotten ? 2 : 1);
    }
    grid.push_back(std::move(row));
  }
  return Json::array({grid});
}
