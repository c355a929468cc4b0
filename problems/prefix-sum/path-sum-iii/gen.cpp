// size: the number of nodes (0 allowed: the empty tree). Small trees use values
// in [-3, 3] and a target in [-5, 5], so many paths and zero-sum stretches come
// up. Larger trees use values in [-10, 10] (many answers) or the full range
// (sums far beyond int; one node then often holds the target itself).

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 0, 1000);
  bool small = n <= 10;
  bool full = !small && rng.chance(0.5);
  int lo = small ? -3 : full ? -1000000000 : -10, hi = -lo;
  Json root = tree(rng, n, lo, hi);
  int target = small ? rng.between(-5, 5) : rng.between(-1000, 1000);
  if (full && !root.empty() && rng.chance(0.7)) {
    // Full-range sums almost never hit a small target: give one node the target
    // as its value, so at least that one-node path counts.
    std::vector<std::size_t> present;
    for (std::size_t i = 0; i < root.size(); ++i)
      if (!root[i].is_null()) present.push_back(i);
    root[rng.pick(present)] = target;
  }
  return Json::array({root, target});
}
