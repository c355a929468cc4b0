// size: the number of nodes, 0 to 5 * 10^4. Shapes (the first draw picks one):
// 1. random values from the whole range [-10^5, 10^5];
// 2. already in ascending order;
// 3. in descending order;
// 4. few distinct values (2 to 5 of them), many repeats;
// 5. one value throughout;
// 6. ascending but for a few swapped pairs.
// Small sizes draw values from -3..3, so repeats are common in every shape.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 0, 50000);
  const int bound = n <= 8 ? 3 : 100000;
  const int shape = rng.between(1, 6);
  std::vector<int> v;
  if (shape == 4) {
    std::vector<int> values = ints(rng, rng.between(2, 5), -bound, bound);
    for (int i = 0; i < n; ++i) v.push_back(rng.pick(values));
  } else if (shape == 5) {
    v.assign(static_cast<std::size_t>(n), rng.between(-bound, bound));
  } else {
    v = ints(rng, n, -bound, bound);
    if (shape != 1) std::sort(v.begin(), v.end());
    if (shape == 3) std::reverse(v.begin(), v.end());
    if (shape == 6 && n >= 2)
      for (int t = rng.between(1, std::max(1, n / 100)); t > 0; --t)
        std::swap(v[static_cast<std::size_t>(rng.between(0, n - 1))],
                  v[static_cast<std::size_t>(rng.between(0, n - 1))]);
  }
  return Json::array({v});
}
