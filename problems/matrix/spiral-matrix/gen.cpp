// size: the largest number of rows and of columns; the grid is m x n with m, n
// random in [1, size], and exactly 10 x 10 at size 10 (the maximum). Shapes:
// 1. values from the whole range [-100, 100], repeats allowed;
// 2. distinct values (a random m * n of [-100, 100], shuffled): an element read
//    twice or left out shows in the answer;
// 3. the cells numbered 1, 2, 3, ... row by row, or -1, -2, -3, ...: the answer
//    shows the walk plainly;
// 4. one value everywhere, -100, 100 or anything between: only the answer's
//    length can go wrong.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int bound = std::clamp(size, 1, 10);
  const int rows = bound == 10 ? 10 : rng.between(1, bound);
  const int cols = bound == 10 ? 10 : rng.between(1, bound);
  const int shape = rng.between(1, 4);
  std::vector<int> values;
  const int cells = rows * cols;
  if (shape == 1) {
    values = ints(rng, cells, -100, 100);
  } else if (shape == 2) {
    values = sorted_distinct(rng, cells, -100, 100);
    rng.shuffle(values);
  } else if (shape == 3) {
    const int sign = rng.chance(0.5) ? 1 : -1;
    for (int k = 1; k <= cells; ++k) values.push_back(sign * k);
  } else {
    const std::vector<int> ends{-100, 100, rng.between(-100, 100)};
    values.assign(static_cast<std::size_t>(cells), rng.pick(ends));
  }
  Json grid = Json::array();
  for (int r = 0; r < rows; ++r)
    grid.push_back(std::vector<int>(values.begin() + r * cols, values.begin() + (r + 1) * cols));
  return Json::array({grid});
}
