// size: the number of computers n (at least 2, since at least one cable exists).
// Computers get hidden clusters and cables fall mostly inside them, so there are
// spare cables and several groups; the cable count sits around n - 1, so both
// "-1" and real move counts come up. At the maximum there are 10^5 cables.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 2, 100000);
  long long all_pairs = 1LL * n * (n - 1) / 2;
  // kata bench's full-size inputs keep m = n + 2 at the maximum too.
  int m = n >= 100000 && !rng.full_size() ? (rng.chance(0.25) ? n - 2 : 100000)
                      : static_cast<int>(std::min<long long>(all_pairs, rng.extent(1, n + 2)));
  std::vector<int> cluster = ints(rng, n, 0, rng.between(0, std::min(n - 1, 20)));
  std::vector<std::vector<int>> connections;
  if (all_pairs <= 5000) {
    // Rank every pair, inside-cluster pairs mostly first, and keep the first m.
    std::vector<std::pair<double, std::pair<int, int>>> ranked;
    for (int a = 0; a < n; ++a)
      for (int b = a + 1; b < n; ++b) {
        double key = static_cast<double>(rng.between(0, 999)) / 1000.0;
        if (cluster[static_cast<std::size_t>(a)] != cluster[static_cast<std::size_t>(b)])
          key += 0.7;
        ranked.push_back({key, {a, b}});
      }
    std::sort(ranked.begin(), ranked.end());
    for (int i = 0; i < m; ++i) {
      auto [a, b] = ranked[static_cast<std::size_t>(i)].second;
      connections.push_back(rng.chance(0.5) ? std::vector<int>{a, b} : std::vector<int>{b, a});
    }
  } else {
    std::vector<std::vector<int>> members(21);
    for (int v = 0; v < n; ++v) members[static_cast<std::size_t>(cluster[static_cast<std::size_t>(v)])].push_back(v);
    std::unordered_set<long long> used;
    used.reserve(static_cast<std::size_t>(2 * m));
    connections.reserve(static_cast<std::size_t>(m));
    while (static_cast<int>(connections.size()) < m) {
      int a = rng.between(0, n - 1);
      const auto& mine = members[static_cast<std::size_t>(cluster[static_cast<std::size_t>(a)])];
      int b = rng.chance(0.9) ? rng.pick(mine) : rng.between(0, n - 1);
      if (a == b || !used.insert(1LL * std::min(a, b) * n + std::max(a, b)).second) continue;
      connections.push_back({a, b});
    }
  }
  rng.shuffle(connections);
  return Json::array({n, connections});
}
