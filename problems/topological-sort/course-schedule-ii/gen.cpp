// size: the number of courses n (at least 1); at the maximum, 40000 pairs.
// Pairs follow a hidden order (so an order exists and, with few pairs, many
// orders do); for about half the inputs a few pairs go against it, which may or
// may not close a cycle.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 2000);
  long long room = 1LL * n * (n - 1);
  // kata bench's full-size inputs keep m = 2n at the maximum too (m grows with n).
  int m = n >= 2000 && !rng.full_size() ? 40000
                    : static_cast<int>(std::min<long long>(room, rng.extent(0, 2 * n)));
  std::vector<int> rank(static_cast<std::size_t>(n));
  std::iota(rank.begin(), rank.end(), 0);
  rng.shuffle(rank);
  int against = rng.chance(0.5) ? 0 : rng.between(1, 3);
  std::set<std::pair<int, int>> used;
  std::vector<std::vector<int>> pairs;
  for (int tries = 0; static_cast<int>(pairs.size()) < m && tries < 50 * (m + 1); ++tries) {
    int a = rng.between(0, n - 1), b = rng.between(0, n - 1);
    if (a == b) continue;
    if (rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)]) {  // b after a
      if (against == 0) continue;
      --against;
    }
    if (used.insert({a, b}).second) pairs.push_back({a, b});
  }
  rng.shuffle(pairs);
  return Json::array({n, pairs});
}
