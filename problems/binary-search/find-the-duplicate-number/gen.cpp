// size: n, so nums has n + 1 entries with values in [1, n]. The duplicate
// appears from 2 up to n + 1 times (often many times at small sizes, so
// values go missing); the other values appear once each, in random order.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 100000);
  int dup = rng.between(1, n);
  // Usually a plain pair; sometimes the duplicate takes over many slots.
  int copies = rng.chance(0.5) ? 2 : rng.between(2, n + 1);
  std::vector<int> others;
  for (int v = 1; v <= n; ++v)
    if (v != dup) others.push_back(v);
  rng.shuffle(others);
  others.resize(static_cast<std::size_t>(n + 1 - copies));  // copies >= 2, so this fits
  std::vector<int> nums(static_cast<std::size_t>(copies), dup);
  nums.insert(nums.end(), others.begin(), others.end());
  rng.shuffle(nums);
  return Json::array({nums});
}
