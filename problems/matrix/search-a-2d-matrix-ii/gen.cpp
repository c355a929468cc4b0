// size: the largest number of rows and of columns; the grid is m x n with m, n
// random in [1, size], and exactly 300 x 300 at size 300 (the maximum). Every cell
// is the larger of its upper and left neighbours plus a step, so rows and columns
// ascend. The first draw picks the grid:
// 1. wide: steps from [0, 1000], then the values stretched (keeping their order)
//    over nearly the whole range [-10^9, 10^9]; half the time, unless the target
//    must lie outside the grid's values, exactly from -10^9 to 10^9;
// 2. narrow: steps of 0 or 2 from a start in [-10, 10]: values repeat along
//    diagonals, and all have the start's parity, so there are gaps of one;
// 3. one value everywhere.
// The second draw picks the target:
// 1. present, at a random cell;
// 2. present, at one of the four corners;
// 3. absent, in a gap between values of the grid (falling back to 4 when the grid
//    holds one value only);
// 4. absent, below the smallest value or above the largest.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int bound = std::clamp(size, 1, 300);
  const int rows = bound == 300 ? 300 : rng.extent(1, bound);
  const int cols = bound == 300 ? 300 : rng.extent(1, bound);
  const int grid_kind = rng.between(1, 3);
  const int target_kind = rng.between(1, 4);
  const long long lo = -1000000000LL, hi = 1000000000LL;

  std::vector<std::vector<long long>> g(static_cast<std::size_t>(rows), std::vector<long long>(static_cast<std::size_t>(cols)));
  long long start = 0, max_step = 0;
  if (grid_kind == 1) {
    max_step = 1000;
  } else if (grid_kind == 2) {
    start = rng.between(-10LL, 10LL);
    max_step = 2;
  } else {
    start = rng.between(lo, hi);
  }
  for (std::size_t r = 0; r < g.size(); ++r)
    for (std::size_t c = 0; c < g[r].size(); ++c) {
      long long base = start;
      if (r > 0) base = std::max(base, g[r - 1][c]);
      if (c > 0) base = std::max(base, g[r][c - 1]);
      const long long step = grid_kind == 2 ? 2 * rng.between(0LL, 1LL) : rng.between(0LL, max_step);
      g[r][c] = (r == 0 && c == 0) ? start : base + step;
    }
  if (grid_kind == 1) {  // stretch [0, top] onto [low, high], keeping the order
    const bool ends = target_kind != 4 && rng.chance(0.5);
    const long long low = ends ? lo : lo + rng.between(1LL, 1000LL);
    const long long high = ends ? hi : hi - rng.between(1LL, 1000LL);
    const long long top = g.back().back();  // the largest cell; the smallest is 0
    for (auto& row : g)
      for (long long& x : row) x = top == 0 ? low : low + x * (high - low) / top;  // < 10^15
  }

  std::set<long long> values;
  for (const auto& row : g) values.insert(row.begin(), row.end());
  const long long smallest = *values.begin(), largest = *values.rbegin();
  auto cell = [&](int r, int c) { return g[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)]; };
  auto gap = [&](long long& t) {  // a value strictly between two values of the grid
    for (int tries = 0; tries < 200; ++tries) {
      const long long v = cell(rng.between(0, rows - 1), rng.between(0, cols - 1));
      const long long candidate = rng.chance(0.5) ? v + 1 : v - 1;
      if (candidate > smallest && candidate < largest && !values.count(candidate)) {
        t = candidate;
        return true;
      }
    }
    return false;
  };
  auto outside = [&](long long& t) {
    const bool below = smallest > lo, above = largest < hi;
    if (!below && !above) return false;
    if (below && (!above || rng.chance(0.5)))
      t = rng.chance(0.5) ? smallest - 1 : rng.between(lo, smallest - 1);
    else
      t = rng.chance(0.5) ? largest + 1 : rng.between(largest + 1, hi);
    return true;
  };

  long long target = 0;
  if (target_kind == 1) {
    target = cell(rng.between(0, rows - 1), rng.between(0, cols - 1));
  } else if (target_kind == 2) {
    target = cell(rng.chance(0.5) ? 0 : rows - 1, rng.chance(0.5) ? 0 : cols - 1);
  } else if (target_kind == 3) {
    if (!gap(target)) outside(target);  // one value everywhere: no gap, but an outside
  } else {
    outside(target);  // always possible: a wide grid leaves room at both ends here
  }
  return Json::array({g, target});
}
