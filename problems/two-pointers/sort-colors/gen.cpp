// size: the length of nums, from 1 to 300 (0 is raised to 1). Shapes, for any size:
// 1. every color drawn at random;
// 2. a single color throughout;
// 3. two colors only (0 and 1, 0 and 2, or 1 and 2);
// 4. already in order, or in reverse order (the 2s first, then the 1s, then the 0s);
// 5. mostly one color with a few of the others scattered in.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 300);
  std::vector<int> nums;
  const int shape = rng.between(1, 5);
  if (shape == 1) {
    nums = ints(rng, n, 0, 2);
  } else if (shape == 2) {
    nums.assign(static_cast<std::size_t>(n), rng.between(0, 2));
  } else if (shape == 3) {
    const int missing = rng.between(0, 2);
    for (int i = 0; i < n; ++i) {
      int c = rng.between(0, 1);
      if (c >= missing) ++c;  // one of the two colors other than `missing`
      nums.push_back(c);
    }
  } else if (shape == 4) {
    nums = ints(rng, n, 0, 2);
    std::sort(nums.begin(), nums.end());
    if (rng.chance(0.5)) std::reverse(nums.begin(), nums.end());
  } else {
    const int main_color = rng.between(0, 2);
    for (int i = 0; i < n; ++i) nums.push_back(rng.chance(0.9) ? main_color : rng.between(0, 2));
  }
  return Json::array({nums});
}
