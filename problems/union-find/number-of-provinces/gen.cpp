// size: the number of cities n (at least 1). Cities get a hidden number of
// clusters and roads appear mostly inside clusters, so the province count varies
// from 1 to n; a few roads across clusters merge some of them.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 200);
  int clusters = rng.between(1, n);
  std::vector<int> cluster = ints(rng, n, 0, clusters - 1);
  double inside = rng.chance(0.5) ? 0.6 : 0.15;
  double across = rng.chance(0.5) ? 0.0 : 1.0 / (4.0 * n);
  std::vector<std::vector<int>> m(static_cast<std::size_t>(n), std::vector<int>(static_cast<std::size_t>(n), 0));
  for (int i = 0; i < n; ++i) {
    auto ui = static_cast<std::size_t>(i);
    m[ui][ui] = 1;
    for (int j = i + 1; j < n; ++j) {
      auto uj = static_cast<std::size_t>(j);
      bool road = rng.chance(cluster[ui] == cluster[uj] ? inside : across);
      m[ui][uj] = m[uj][ui] = road ? 1 : 0;
    }
  }
  return Json::array({m});
}
