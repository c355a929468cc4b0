// size: the number of nodes n (at least 3). A random tree (path-like, star-like or
// uniform) on shuffled labels, plus one edge between two non-adjacent nodes, in
// shuffled order, so the cycle ranges from a triangle to the whole graph.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 3, 1000);
  std::vector<int> label(static_cast<std::size_t>(n));
  std::iota(label.begin(), label.end(), 1);
  rng.shuffle(label);
  int shape = rng.between(0, 2);  // 0: uniform, 1: path-like, 2: star-like
  std::set<std::pair<int, int>> edges;
  auto add = [&](int a, int b) {
    edges.insert({std::min(a, b), std::max(a, b)});
  };
  for (int i = 1; i < n; ++i) {
    int parent = shape == 1 ? std::max(0, i - rng.between(1, 2))
                 : shape == 2 ? rng.between(0, std::min(i - 1, 1))
                              : rng.between(0, i - 1);
    add(label[static_cast<std::size_t>(i)], label[static_cast<std::size_t>(parent)]);
  }
  for (;;) {
    int a = rng.between(1, n), b = rng.between(1, n);
    if (a == b || edges.count({std::min(a, b), std::max(a, b)})) continue;
    add(a, b);
    break;
  }
  std::vector<std::vector<int>> list;
  for (auto [a, b] : edges) list.push_back({a, b});
  rng.shuffle(list);
  return Json::array({list});
}
