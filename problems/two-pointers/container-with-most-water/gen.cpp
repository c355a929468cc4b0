// size: the number of walls, from 2 to 10^5 (smaller sizes are raised to 2). Small
// sizes use heights in [0, 6], so zeros and ties between the two ends are common.
// Larger sizes take one of these shapes:
// 1. heights from the whole range [0, 10^4];
// 2. all walls equal (sometimes all 0): the outermost pair wins, and every tie
//    between the two ends is met;
// 3. heights increasing, or decreasing, from left to right;
// 4. a mountain: rising to a peak somewhere inside, then falling;
// 5. low walls everywhere (at most 10) with two tall ones placed anywhere, close
//    together or far apart.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 2, 100000);
  const int top = 10000;
  std::vector<int> height(static_cast<std::size_t>(n));
  const int shape = n <= 10 ? 0 : rng.between(1, 5);
  if (shape == 0) {
    height = ints(rng, n, 0, 6);
  } else if (shape == 1) {
    height = ints(rng, n, 0, top);
  } else if (shape == 2) {
    const int h = rng.chance(0.25) ? 0 : rng.between(1, top);
    std::fill(height.begin(), height.end(), h);
  } else if (shape == 3) {
    height = ints(rng, n, 0, top);
    std::sort(height.begin(), height.end());
    if (rng.chance(0.5)) std::reverse(height.begin(), height.end());
  } else if (shape == 4) {
    height = ints(rng, n, 0, top);
    const int peak = rng.between(0, n - 1);
    std::sort(height.begin(), height.begin() + peak);
    std::sort(height.begin() + peak, height.end(), std::greater<int>());
  } else {
    height = ints(rng, n, 0, 10);
    const int a = rng.between(0, n - 1);
    const int b = rng.chance(0.5) ? rng.between(0, n - 1) : std::min(n - 1, a + rng.between(1, 5));
    height[static_cast<std::size_t>(a)] = rng.between(top / 2, top);
    height[static_cast<std::size_t>(b)] = rng.between(top / 2, top);
  }
  return Json::array({height});
}
