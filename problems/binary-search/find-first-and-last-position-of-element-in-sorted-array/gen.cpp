// size: the length of nums (0 allowed). The array is made of a few distinct
// values repeated in blocks, so long blocks, single entries and absent targets
// all come up. Sizes below 20 use values in [-5, 5]; larger ones the full range
// [-10^9, 10^9]. Most targets come from nums; the rest are arbitrary values,
// sometimes the extremes of the range.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 0, 100000);
  const int limit = 1000000000;
  int lo = n < 20 ? -5 : -limit, hi = n < 20 ? 5 : limit;
  // Up to `draws` different values (fewer when draws collide), sorted.
  int draws = rng.between(1, std::max(1, n));
  auto values = ints(rng, draws, lo, hi);
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::vector<int> nums;
  for (int i = 0; i < n; ++i) nums.push_back(rng.pick(values));
  std::sort(nums.begin(), nums.end());
  int target;
  if (!nums.empty() && rng.chance(0.6)) {
    target = rng.pick(nums);
  } else if (rng.chance(0.7)) {
    target = rng.between(lo, hi);
  } else {
    target = rng.chance(0.5) ? -limit : limit;
  }
  return Json::array({nums, target});
}
