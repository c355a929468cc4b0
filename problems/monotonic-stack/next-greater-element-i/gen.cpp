// size: the length of nums2. Its values are distinct (from 0..2 * size at small
// sizes, so neighbours are often close; from 0..10^4 at larger ones); nums1 is a
// random subset of them in random order, sometimes all of nums2, sometimes one value.

Json generate(Random& rng, int size) {
  int n2 = std::clamp(size, 1, 1000);
  int hi = size <= 20 ? 2 * n2 : 10000;
  std::vector<int> nums2 = sorted_distinct(rng, n2, 0, hi);
  rng.shuffle(nums2);
  if (rng.chance(0.2)) std::sort(nums2.rbegin(), nums2.rend());  // nothing is greater
  std::vector<int> nums1 = nums2;
  rng.shuffle(nums1);
  int n1 = rng.chance(0.25) ? n2 : rng.between(1, n2);
  nums1.resize(static_cast<std::size_t>(n1));
  return Json::array({nums1, nums2});
}
