// size: the length of nums (at least 2). Most values are 1 or -1; a few larger
// ones (up to +-30) are placed while the product of all magnitudes stays within
// INT_MAX, so every prefix and suffix product fits in an int as the problem
// promises. Zeros appear sometimes: none, one or two of them.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 2, 100000);
  std::vector<int> nums(static_cast<std::size_t>(n));
  for (auto& x : nums) x = rng.chance(0.5) ? 1 : -1;
  long long magnitude = 1;  // product of |nums[i]| over the non-zero values
  int big = rng.between(0, std::min(n, 8));
  for (int t = 0; t < big; ++t) {
    int v = rng.between(2, 30);
    if (magnitude * v > 2147483647LL) v = static_cast<int>(2147483647LL / magnitude);
    if (v < 2) break;
    magnitude *= v;
    nums[static_cast<std::size_t>(rng.between(0, n - 1))] = rng.chance(0.5) ? v : -v;
  }
  int zeros = rng.chance(0.6) ? 0 : rng.between(1, 2);
  for (int z = 0; z < zeros; ++z) nums[static_cast<std::size_t>(rng.between(0, n - 1))] = 0;
  return Json::array({nums});
}
