// size: the length of nums (at least 1). Distinct sorted values rotated by a
// random amount (often not at all, or by one). Small sizes draw values from a
// narrow window around 0, so negatives and positives mix; at size 5000 the
// values cover [-5000, 5000].

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 5000);
  const int limit = 5000;
  int window = std::min(limit, 2 * n + 2);
  auto sorted = sorted_distinct(rng, n, -window, window);
  int k = rng.chance(0.2) ? 0 : rng.chance(0.2) ? n - 1 : rng.between(0, n - 1);
  std::vector<int> nums(sorted.begin() + k, sorted.end());
  nums.insert(nums.end(), sorted.begin(), sorted.begin() + k);
  return Json::array({nums});
}
