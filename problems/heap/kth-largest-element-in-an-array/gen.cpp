// size: the length of nums, from 1 to 10^5 (0 is raised to 1). Values come from
// [-10^4, 10^4] (from [-5, 5] for sizes up to 10, so repeats are common). k is 1,
// n, the middle position, or random. Shapes:
// 1. random values;
// 2. one value everywhere (a quickselect whose split sends equal values to one
//    side takes n rounds here);
// 3. two or three distinct values only;
// 4. sorted ascending (random values; a first- or last-element pivot is the
//    worst one every round);
// 5. sorted descending;
// 6. the values of the whole range, each several times, shuffled.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100000);
  const int limit = n <= 10 ? 5 : 10000;
  std::vector<int> nums;
  const int shape = rng.between(1, 6);
  if (shape == 1) {
    nums = ints(rng, n, -limit, limit);
  } else if (shape == 2) {
    nums.assign(static_cast<std::size_t>(n), rng.between(-limit, limit));
  } else if (shape == 3) {
    const std::vector<int> values = ints(rng, rng.between(2, 3), -limit, limit);
    for (int i = 0; i < n; ++i) nums.push_back(rng.pick(values));
  } else if (shape == 4 || shape == 5) {
    nums = ints(rng, n, -limit, limit);
    std::sort(nums.begin(), nums.end());
    if (shape == 5) std::reverse(nums.begin(), nums.end());
  } else {
    for (int i = 0; i < n; ++i) nums.push_back(-limit + i % (2 * limit + 1));
    rng.shuffle(nums);
  }
  const int pick = rng.between(0, 3);
  const int k = pick == 0 ? 1 : pick == 1 ? n : pick == 2 ? n / 2 + 1 : rng.between(1, n);
  return Json::array({nums, k});
}
