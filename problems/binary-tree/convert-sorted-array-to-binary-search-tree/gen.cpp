// size: the length of nums, from 1 to 10^4 (0 is raised to 1). nums is strictly
// increasing, its values from [-10^4, 10^4]. Shapes:
// 1. distinct values drawn at random;
// 2. a run of consecutive values starting anywhere in the range;
// 3. random values, the length cut down to a power of two (a full tree and one extra
//    node: the extra level must not unbalance anything) or to one less (exactly a
//    perfect tree);
// 4. random values with both ends of the range, -10^4 and 10^4, included.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 10000);
  const int shape = rng.between(1, 4);
  if (shape == 3) {
    int p = 1;
    while (p * 2 <= n) p *= 2;
    n = rng.chance(0.5) || p == 1 ? p : p - 1;
  }
  std::vector<int> nums;
  if (shape == 2) {
    const int start = rng.between(-10000, 10000 - n + 1);
    for (int i = 0; i < n; ++i) nums.push_back(start + i);
  } else {
    nums = sorted_distinct(rng, n, -10000, 10000);
    if (shape == 4) {
      nums.front() = -10000;
      nums.back() = 10000;
    }
  }
  return Json::array({nums});
}
