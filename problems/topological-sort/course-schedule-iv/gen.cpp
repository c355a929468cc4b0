// size: the number of courses n (at least 2); at the maximum, 10^4 queries.
// Requirements follow a hidden order (no cycles) with a density chosen per input,
// from a few pairs to every pair; queries ask both directions, so "true" through
// long chains, "false" and "the other way round" all come up.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 2, 100);
  std::vector<int> rank(static_cast<std::size_t>(n));
  std::iota(rank.begin(), rank.end(), 0);
  rng.shuffle(rank);  // course rank[i] is the i-th in the hidden order
  // Long chains need sparse graphs when n is large; 1.0 makes every pair a requirement.
  int percent = n >= 100 ? rng.between(1, 8) : rng.between(1, 60);
  double density = rng.chance(0.2) ? 1.0 : static_cast<double>(percent) / 100.0;
  std::vector<std::vector<int>> prerequisites;
  for (int i = 0; i < n; ++i)
    for (int j = i + 1; j < n; ++j)
      if (rng.chance(density))
        prerequisites.push_back({rank[static_cast<std::size_t>(i)], rank[static_cast<std::size_t>(j)]});
  rng.shuffle(prerequisites);
  int q = n >= 100 ? 10000 : rng.between(1, 2 * n);
  std::vector<std::vector<int>> queries;
  for (int k = 0; k < q; ++k) {
    int u = rng.between(0, n - 1), v = rng.between(0, n - 2);
    if (v >= u) ++v;  // u != v
    queries.push_back({u, v});
  }
  return Json::array({n, prerequisites, queries});
}
