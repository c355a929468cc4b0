// size: the length of nums. Values are in -3..3 at small sizes (zeros, signs and
// ties everywhere) and in -10..10 at larger ones; a third of the inputs are mostly
// +-1 and +-2, giving long zero-free runs where the count of negatives decides.
// LeetCode guarantees that every subarray's product fits in 32 bits: a zero is put
// in wherever the next value would push a zero-free run's product past INT_MAX.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 20000);
  int hi = size <= 20 ? 3 : 10;
  bool long_runs = rng.between(0, 2) == 0;
  double zero_chance = long_runs ? 0.002 : 0.1;
  std::vector<int> nums;
  nums.reserve(static_cast<std::size_t>(n));
  long long run = 1;  // |product| of the zero-free run that ends here
  while (static_cast<int>(nums.size()) < n) {
    int x = long_runs ? (rng.chance(0.9) ? 1 : 2) * (rng.chance(0.5) ? -1 : 1)
                      : rng.between(-hi, hi);
    if (rng.chance(zero_chance)) x = 0;
    long long magnitude = x < 0 ? -static_cast<long long>(x) : x;
    if (run * magnitude > std::numeric_limits<int>::max()) x = 0;
    run = x == 0 ? 1 : run * magnitude;
    nums.push_back(x);
  }
  return Json::array({nums});
}
