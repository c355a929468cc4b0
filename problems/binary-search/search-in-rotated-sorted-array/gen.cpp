// size: the length of nums (at least 1). Distinct sorted values, rotated by a
// random k in [0, n - 1] (k = 0, no rotation, comes up often). Values come from
// the window [-(2n + 2), 2n + 2], so small arrays leave gaps for absent targets
// between and around them; at size 5000 the window is the full range
// [-10^4, 10^4]. Half the targets are taken from nums, the rest from the window
// widened by one.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 5000);
  const int limit = 10000;
  int window = std::min(limit, 2 * n + 2);
  auto sorted = sorted_distinct(rng, n, -window, window);
  int k = rng.chance(0.2) ? 0 : rng.between(0, n - 1);
  std::vector<int> nums(sorted.begin() + k, sorted.end());
  nums.insert(nums.end(), sorted.begin(), sorted.begin() + k);
  int reach = std::min(limit, window + 1);
  int target = rng.chance(0.5) ? rng.pick(nums) : rng.between(-reach, reach);
  return Json::array({nums, target});
}
