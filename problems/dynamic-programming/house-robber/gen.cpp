// size: the number of houses, from 1 to 100 (0 is raised to 1). Small sizes (<= 15)
// use amounts from [0, 10], so zeros and ties come up often. Larger sizes take one
// of these shapes:
// 1. amounts drawn from the whole range [0, 400];
// 2. every house holds 400, the largest amount: every other house, starting at the
//    first, is best;
// 3. rich houses three apart (400, then two houses with 0..20): the best plan skips
//    two houses in a row again and again, which "take every other house" misses;
// 4. mostly empty houses (0) with a few random amounts;
// 5. amounts that only go up (or only go down) along the row.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100);
  std::vector<int> nums;
  const int shape = n <= 15 ? 0 : rng.between(1, 5);
  if (shape == 0) {
    nums = ints(rng, n, 0, 10);
  } else if (shape == 1) {
    nums = ints(rng, n, 0, 400);
  } else if (shape == 2) {
    nums.assign(static_cast<std::size_t>(n), 400);
  } else if (shape == 3) {
    for (int i = 0; i < n; ++i) nums.push_back(i % 3 == 0 ? 400 : rng.between(0, 20));
  } else if (shape == 4) {
    nums.assign(static_cast<std::size_t>(n), 0);
    const int rich = rng.between(1, 6);
    for (int t = 0; t < rich; ++t) nums[static_cast<std::size_t>(rng.between(0, n - 1))] = rng.between(1, 400);
  } else {
    nums = ints(rng, n, 0, 400);
    std::sort(nums.begin(), nums.end());
    if (rng.chance(0.5)) std::reverse(nums.begin(), nums.end());
  }
  return Json::array({nums});
}
