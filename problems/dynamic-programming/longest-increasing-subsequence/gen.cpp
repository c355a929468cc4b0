// size: the length of nums. Values are in -3..3 at small sizes (duplicates, which
// must not extend an increasing run) and in -10^4..10^4 at larger ones. A quarter of
// the inputs are sorted up with their duplicates kept, a quarter sorted down.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 2500);
  int hi = size <= 20 ? 3 : 10000;
  std::vector<int> nums = ints(rng, n, -hi, hi);
  int shape = rng.between(0, 3);
  if (shape == 1) std::sort(nums.begin(), nums.end());
  if (shape == 2) std::sort(nums.rbegin(), nums.rend());
  return Json::array({nums});
}
