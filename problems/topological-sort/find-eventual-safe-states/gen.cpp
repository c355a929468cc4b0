// size: the number of nodes n (at least 1); at the maximum, 4 * 10^4 edges.
// Edges mostly follow a hidden order (a DAG, so much is safe); some inputs add a
// few edges against it and a self-loop or two, so unsafe regions of every size
// come up. There is always at least one edge.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 10000);
  long long room = 1LL * n * n;
  // kata bench's full-size inputs keep m = 2n at the maximum too (m grows with n).
  int m = n >= 10000 && !rng.full_size()
              ? 40000
              : static_cast<int>(std::min<long long>(room, rng.extent(1, 2 * n)));
  std::vector<int> rank(static_cast<std::size_t>(n));
  std::iota(rank.begin(), rank.end(), 0);
  rng.shuffle(rank);
  int against = rng.chance(0.3) ? 0 : rng.between(1, n >= 10000 ? 12 : 3);
  std::vector<std::set<int>> out(static_cast<std::size_t>(n));
  int edges = 0;
  for (int tries = 0; edges < m && tries < 50 * (m + 1); ++tries) {
    int a = rng.between(0, n - 1), b = rng.between(0, n - 1);
    if (rank[static_cast<std::size_t>(a)] >= rank[static_cast<std::size_t>(b)]) {  // back edge or self-loop
      if (against == 0) continue;
      --against;
    }
    if (out[static_cast<std::size_t>(a)].insert(b).second) ++edges;
  }
  if (edges == 0) out[0].insert(0);  // no edge fitted (n == 1 with no back edges): a self-loop does
  std::vector<std::vector<int>> graph;
  for (const auto& s : out) graph.emplace_back(s.begin(), s.end());
  return Json::array({graph});
}
