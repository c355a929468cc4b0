// size: the length of nums. Half the targets are taken from nums, the rest anywhere
// in the value range, so both "found" and "insert" answers come up.

Json generate(Random& rng, int size) {
  int n = std::max(1, size);
  auto nums = sorted_distinct(rng, n, -10000, 10000);
  int target = rng.chance(0.5) ? rng.pick(nums) : rng.between(-10000, 10000);
  return Json::array({nums, target});
}
