// size: the number of floors n. The number of eggs k is mostly 1..4 (where the
// answer changes fastest with k), sometimes anything up to 100 (more eggs than a
// binary search could use).

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 10000);
  int k = rng.chance(0.7) ? rng.between(1, 4) : rng.between(1, 100);
  return Json::array({k, n});
}
