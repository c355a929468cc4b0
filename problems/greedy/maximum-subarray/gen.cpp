// size: the length of nums, from 1 to 10^5 (0 is raised to 1). Small sizes (<= 10)
// use values from [-5, 5], a quarter of them all negative, so zeros, ties and
// "the best is a single value" are common. Larger sizes take one of these shapes:
// 1. values from the whole range [-10^4, 10^4];
// 2. all negative: the answer is the largest single value, not 0 or an empty sum;
// 3. all positive (sometimes all 10^4): the whole array, up to 10^9;
// 4. positive runs separated by negative dips, some shallower than the runs beside
//    them (worth crossing) and some deeper (not);
// 5. alternating 10^4 and -(10^4 - d) for a small d: the running sum creeps up, so
//    the best subarray is nearly everything, through n / 2 negative values.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100000);
  const int limit = 10000;
  std::vector<int> nums;
  const int shape = n <= 10 ? 0 : rng.between(1, 5);
  if (shape == 0) {
    nums = ints(rng, n, -5, rng.chance(0.25) ? -1 : 5);
  } else if (shape == 1) {
    nums = ints(rng, n, -limit, limit);
  } else if (shape == 2) {
    nums = ints(rng, n, -limit, -1);
  } else if (shape == 3) {
    if (rng.chance(0.5))
      nums.assign(static_cast<std::size_t>(n), limit);
    else
      nums = ints(rng, n, 1, limit);
  } else if (shape == 4) {
    while (static_cast<int>(nums.size()) < n) {
      const int run = rng.between(1, 50);
      long long run_sum = 0;
      for (int k = 0; k < run && static_cast<int>(nums.size()) < n; ++k) {
        nums.push_back(rng.between(1, limit));
        run_sum += nums.back();
      }
      // A dip that costs a bit less or a bit more than the run before it.
      long long dip = std::max(1LL, run_sum + rng.between(-2LL * limit, 2LL * limit));
      while (dip > 0 && static_cast<int>(nums.size()) < n) {
        const int v = static_cast<int>(std::min<long long>(dip, rng.between(1, limit)));
        nums.push_back(-v);
        dip -= v;
      }
    }
  } else {
    const int d = rng.between(1, 3);
    for (int i = 0; i < n; ++i) nums.push_back(i % 2 == 0 ? limit : -(limit - d));
  }
  return Json::array({nums});
}
