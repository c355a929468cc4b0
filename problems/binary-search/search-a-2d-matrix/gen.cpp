// size: the largest m and n may be, from 1 to 100 (0 is raised to 1). Below 100, m
// and n are drawn from [1, size]; at 100 (the maximum) the matrix is 100 x 100.
// The values, read row after row, are distinct and increasing, drawn from
// [-w, w] with w = min(10^4, m * n + 2), so there are gaps for absent targets;
// with probability 1/2 some cells then copy their left neighbour, which gives
// repeats inside rows (never across a row break, where LeetCode forbids them).
// The target's shape:
// 1. a value of a random cell;
// 2. absent, a value inside a gap between two stored values;
// 3. absent, between the last value of a row and the first of the next
//    (falls back to 2 when there is one row or no such gap);
// 4. the first or the last cell;
// 5. absent, below the smallest value or above the largest (falls back to 2 when
//    the values touch the end of [-10^4, 10^4]);
// 6. the first or last value of a random row.
// Shape 2 falls back to 1 when the values leave no gap at all.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int limit = 10000;
  const int most = std::clamp(size, 1, 100);
  const int m = most == 100 ? 100 : rng.extent(1, most);
  const int n = most == 100 ? 100 : rng.extent(1, most);
  const int cells = m * n;
  const int w = std::min(limit, cells + 2);
  std::vector<int> flat = sorted_distinct(rng, cells, -w, w);
  const bool repeats = rng.chance(0.5);
  if (repeats)
    for (int p = 0; p < cells; ++p)
      if (p % n != 0 && rng.chance(0.3)) flat[p] = flat[p - 1];
  std::vector<std::vector<int>> matrix(static_cast<std::size_t>(m));
  for (int r = 0; r < m; ++r) matrix[r].assign(flat.begin() + r * n, flat.begin() + (r + 1) * n);

  // A missing value strictly between flat[p] and flat[p + 1], if there is room there.
  auto gap_after = [&](int p) -> std::optional<int> {
    if (p + 1 >= cells || flat[p + 1] - flat[p] < 2) return std::nullopt;
    return rng.between(flat[p] + 1, flat[p + 1] - 1);
  };
  auto any_gap = [&]() -> std::optional<int> {
    std::vector<int> starts;
    for (int p = 0; p + 1 < cells; ++p)
      if (flat[p + 1] - flat[p] >= 2) starts.push_back(p);
    if (starts.empty()) return std::nullopt;
    return gap_after(rng.pick(starts));
  };

  const int shape = rng.between(1, 6);
  std::optional<int> target;
  if (shape == 1) {
    target = flat[rng.between(0, cells - 1)];
  } else if (shape == 3) {
    std::vector<int> breaks;  // p = the last cell of a row that has a gap after it
    for (int r = 0; r + 1 < m; ++r)
      if (flat[(r + 1) * n] - flat[(r + 1) * n - 1] >= 2) breaks.push_back((r + 1) * n - 1);
    if (!breaks.empty()) target = gap_after(rng.pick(breaks));
  } else if (shape == 4) {
    target = rng.chance(0.5) ? flat.front() : flat.back();
  } else if (shape == 5) {
    const bool below = rng.chance(0.5);
    if (below && flat.front() > -limit) target = rng.between(-limit, flat.front() - 1);
    if (!below && flat.back() < limit) target = rng.between(flat.back() + 1, limit);
  } else if (shape == 6) {
    const int r = rng.between(0, m - 1);
    target = rng.chance(0.5) ? matrix[r].front() : matrix[r].back();
  }
  if (!target) target = any_gap();
  if (!target) target = flat[rng.between(0, cells - 1)];
  return Json::array({matrix, *target});
}
