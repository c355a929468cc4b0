// size: the length of nums, from 1 to 10^4 (0 is raised to 1). Small sizes use values
// in [-3, 3], so zeros, repeats and negatives are common. Larger sizes take one of
// these shapes:
// 1. values from the whole int range, with a random share of zeros (0% to 100%);
// 2. no zeros at all;
// 3. all zeros;
// 4. the zeros all at the front (every other value has to move) or all at the back
//    (nothing has to move), the rest from the whole int range;
// 5. zeros and non-zeros alternating, the non-zeros small, with repeats.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  auto nonzero = [&](int lo, int hi) {
    int v = 0;
    while (v == 0) v = rng.between(lo, hi);
    return v;
  };
  std::vector<int> nums(static_cast<std::size_t>(n), 0);
  const int shape = n <= 10 ? 0 : rng.between(1, 5);
  if (shape == 0) {
    nums = ints(rng, n, -3, 3);
  } else if (shape == 1) {
    const double zeros = rng.between(0, 100) / 100.0;
    for (auto& x : nums) x = rng.chance(zeros) ? 0 : rng.between(INT_MIN, INT_MAX);
  } else if (shape == 2) {
    for (auto& x : nums) x = nonzero(INT_MIN, INT_MAX);
  } else if (shape == 4) {
    const int zeros = rng.between(1, n - 1);
    const bool front = rng.chance(0.5);
    for (int i = 0; i < n; ++i) {
      const bool zero_here = front ? i < zeros : i >= n - zeros;
      if (!zero_here) nums[static_cast<std::size_t>(i)] = nonzero(INT_MIN, INT_MAX);
    }
  } else if (shape == 5) {
    for (int i = 0; i < n; ++i)
      if (i % 2 == 1) nums[static_cast<std::size_t>(i)] = nonzero(-5, 5);
  }  // shape 3: all zeros
  return Json::array({nums});
}
