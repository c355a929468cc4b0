// size: the number of nodes, from 0 (the empty tree) to 2000. Shapes are random,
// from bushy to long chains; small trees use values in [-3, 3] so repeats are common,
// larger ones the full range [-1000, 1000].

Json generate(Random& rng, int size) {
  const int n = std::max(0, std::min(size, 2000));
  const int span = n <= 10 ? 3 : 1000;
  if (n > 1 && rng.chance(0.15)) {
    // A chain leaning one way: the deepest trees, one node per level.
    const bool left = rng.chance(0.5);
    Json out = Json::array({rng.between(-span, span)});
    for (int i = 1; i < n; ++i) {
      if (left) {
        out.push_back(rng.between(-span, span));
        out.push_back(nullptr);
      } else {
        out.push_back(nullptr);
        out.push_back(rng.between(-span, span));
      }
    }
    while (!out.empty() && out.back().is_null()) out.erase(out.end() - 1);
    return Json::array({out});
  }
  return Json::array({tree(rng, n, -span, span)});
}
