// size: the longest a side may be, from 1 to 200 (0 is raised to 1). Below 200 both
// sides are drawn from [1, size]; at 200 the grid is 200 x 200 except in shape 5.
// Shapes:
// 1. every cell drawn from [0, 200];
// 2. every cell drawn from [0, 2]: many walks tie for the cheapest;
// 3. every cell the same value (0, 200 or one drawn at random): all walks cost the same;
// 4. every cell 200 but one random down/right walk of cells drawn from [0, 5], and a
//    few zeros scattered as bait next to the start: the cheap walk must be found,
//    and greedily taking the cheaper neighbour goes astray;
// 5. a single row or a single column of values from [0, 200] (one walk only).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int cap = std::clamp(size, 1, 200);
  const int shape = rng.between(1, 5);
  int m = cap == 200 ? cap : rng.extent(1, cap);
  int n = cap == 200 ? cap : rng.extent(1, cap);
  if (shape == 5) {
    const bool one_row = rng.chance(0.5);
    if (!rng.full_size()) (one_row ? m : n) = 1;  // kata bench keeps both sides at size
  }
  std::vector<std::vector<int>> grid(static_cast<std::size_t>(m));
  for (auto& row : grid) {
    if (shape == 1 || shape == 5) row = ints(rng, n, 0, 200);
    else if (shape == 2) row = ints(rng, n, 0, 2);
    else row.assign(static_cast<std::size_t>(n), 200);
  }
  if (shape == 3) {
    const int pick = rng.between(0, 2);
    const int v = pick == 0 ? 0 : pick == 1 ? 200 : rng.between(0, 200);
    for (auto& row : grid) std::fill(row.begin(), row.end(), v);
  } else if (shape == 4) {
    int r = 0, c = 0;
    while (true) {
      grid[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = rng.between(0, 5);
      if (r == m - 1 && c == n - 1) break;
      const bool down = c == n - 1 || (r < m - 1 && rng.chance(0.5));
      (down ? r : c) += 1;
    }
    const int bait = rng.between(0, std::min(m, n));  // zeros along the first row and column
    for (int k = 1; k <= bait; ++k) {
      if (k < n && grid[0][static_cast<std::size_t>(k)] == 200) grid[0][static_cast<std::size_t>(k)] = 0;
      if (k < m && grid[static_cast<std::size_t>(k)][0] == 200) grid[static_cast<std::size_t>(k)][0] = 0;
    }
  }
  return Json::array({grid});
}
