// size: the length of nums, from 1 to 10^4 (0 is raised to 1). Small sizes (<= 10)
// use values from [0, 3], so both answers are common and zeros sit everywhere.
// Larger sizes take one of these shapes:
// 1. values from [0, k], k from 2 to 4: long chains of short jumps over scattered
//    zeros. Half the time left as drawn (at this length nearly always false), half
//    the time repaired: wherever the walk would get stuck on a 0, that value is
//    redrawn from [1, k] (true);
// 2. reachable: stepping stones over long stretches of zeros, each stone reaching
//    past the next one, the last stone reaching the end (answer true);
// 3. unreachable: every value before a zero at index b lands on or before b (some
//    exactly on it), the values after b are large (answer false);
// 4. all ones, or all ones and a single 0 somewhere before the end (either answer);
// 5. the first value decides alone: 0 followed by large values (false), or 10^5
//    followed by zeros (true);
// 6. values from the whole range [0, 10^5] (nearly always true at once).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  const int limit = 100000;
  std::vector<int> nums;
  const int shape = n <= 10 ? 0 : rng.between(1, 6);
  if (shape == 0) {
    nums = ints(rng, n, 0, 3);
  } else if (shape == 1) {
    const int k = rng.between(2, 4);
    nums = ints(rng, n, 0, k);
    if (rng.chance(0.5))
      for (int i = 0, reach = 0; i < n - 1; ++i) {
        reach = std::max(reach, i + nums[static_cast<std::size_t>(i)]);
        if (reach == i) reach = i + (nums[static_cast<std::size_t>(i)] = rng.between(1, k));  // stuck here: unstick
      }
  } else if (shape == 2) {
    nums.assign(static_cast<std::size_t>(n), 0);
    int stone = 0;
    while (stone < n - 1) {
      const int next = std::min(n - 1, stone + rng.between(1, 500));
      nums[static_cast<std::size_t>(stone)] = next - stone + rng.between(0, 3);  // reaches next, or a little past it
      stone = next;
    }
  } else if (shape == 3) {
    const int b = rng.between(1, n - 2);
    for (int i = 0; i < b; ++i) nums.push_back(rng.chance(0.1) ? b - i : rng.between(0, std::min(b - i, 5)));
    nums.push_back(0);
    for (int i = b + 1; i < n; ++i) nums.push_back(rng.between(1, limit));
  } else if (shape == 4) {
    nums.assign(static_cast<std::size_t>(n), 1);
    if (rng.chance(0.5)) nums[static_cast<std::size_t>(rng.between(0, n - 2))] = 0;
  } else if (shape == 5) {
    if (rng.chance(0.5)) {
      nums = ints(rng, n, 1, limit);
      nums[0] = 0;
    } else {
      nums.assign(static_cast<std::size_t>(n), 0);
      nums[0] = limit;
    }
  } else {
    nums = ints(rng, n, 0, limit);
  }
  return Json::array({nums});
}
