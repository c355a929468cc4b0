// size: n, the length of nums, from 1 to 10^5 (the maximum; 0 is raised to 1).
// The values come from the whole int range, INT_MIN and INT_MAX now and then, so
// they are nearly all different and a misplaced one shows; one input in five takes
// them from [-3, 3] instead. The first draw picks k, always in [0, 10^5]:
// 1. anything in [0, 10^5] (beyond n unless n is large);
// 2. a real rotation: 1 <= k < n;
// 3. nothing moves: k is 0, or a multiple of n;
// 4. one step, perhaps the long way round: k is 1, n - 1 or n + 1;
// 5. k shares a large factor with n, so the chains i -> i + k (mod n) close early:
//    k = d * t for a divisor d of n, d from n / 2 down (shape 1 when n has no
//    divisor but 1 and n).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100000);
  const int limit = 100000;
  int shape = rng.between(1, 5);
  std::vector<int> divisors;  // of n, in [2, n / 2]
  for (int d = 2; d <= n / 2; ++d)
    if (n % d == 0) divisors.push_back(d);
  if (shape == 5 && divisors.empty()) shape = 1;
  long long k = 0;
  if (shape == 1) {
    k = rng.between(0, limit);
  } else if (shape == 2) {
    k = n == 1 ? 0 : rng.between(1, n - 1);
  } else if (shape == 3) {
    k = rng.chance(0.3) ? 0 : static_cast<long long>(n) * rng.between(1, limit / n);
  } else if (shape == 4) {
    const std::vector<long long> near{1, n - 1LL, n + 1LL};
    k = std::min<long long>(rng.pick(near), limit);
  } else {
    // Large divisors more often: pick among the largest few.
    const int from = std::max(0, static_cast<int>(divisors.size()) - 4);
    const int d = divisors[static_cast<std::size_t>(rng.between(from, static_cast<int>(divisors.size()) - 1))];
    k = static_cast<long long>(d) * rng.between(1, n / d - 1);
  }
  std::vector<int> nums;
  if (rng.chance(0.2)) {
    nums = ints(rng, n, -3, 3);
  } else {
    nums.resize(static_cast<std::size_t>(n));
    for (int& x : nums) x = rng.chance(0.01) ? (rng.chance(0.5) ? INT_MIN : INT_MAX) : rng.between(INT_MIN, INT_MAX);
  }
  return Json::array({nums, static_cast<int>(k)});
}
