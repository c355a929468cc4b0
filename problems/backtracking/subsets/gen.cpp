// size: the length of nums, clamped to [1, 10]; distinct values from [-10, 10]
// in random order.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 10);
  auto nums = sorted_distinct(rng, n, -10, 10);
  rng.shuffle(nums);
  return Json::array({nums});
}
