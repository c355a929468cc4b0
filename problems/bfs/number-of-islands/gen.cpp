// size: the largest number of rows and of columns; the grid is m x n with m, n
// random in [1, size], and exactly 300 x 300 at size 300. The share of land varies
// from grid to grid (sometimes none or all), so islands of every shape come up.

Json generate(Random& rng, int size) {
  const int bound = std::max(1, std::min(size, 300));
  const int rows = bound == 300 ? 300 : rng.extent(1, bound);
  const int cols = bound == 300 ? 300 : rng.extent(1, bound);
  const double land = static_cast<double>(rng.between(0, 10)) / 10;
  Json grid = Json::array();
  for (int r = 0; r < rows; ++r) {
    Json row = Json::array();
    for (int c = 0; c < cols; ++c) row.push_back(rng.chance(land) ? "1" : "0");
    grid.push_back(std::move(row));
  }
  return Json::array({grid});
}
