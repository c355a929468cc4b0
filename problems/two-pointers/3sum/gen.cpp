// size: the length of nums, from 3 to 3000 (smaller sizes are raised to 3). Small
// sizes use values in [-4, 4], so zeros, repeats and triples with a repeated value
// are common. Larger sizes take one of these shapes, shuffled:
// 1. values from the whole range [-10^5, 10^5]: nearly all distinct, thousands of
//    triples of three different values;
// 2. values from a narrow range [-k, k], k from 1 to 200: heavy repeats, up to
//    tens of thousands of triples;
// 3. all zeros, or all zeros but a handful of other values;
// 4. no triple possible: all values positive, or all negative, plus at most one 0;
// 5. a few values repeated many times each (every value occurs at least three
//    times): triples with two or three equal values.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 3, 3000);
  const int limit = 100000;
  std::vector<int> nums;
  const int shape = n <= 10 ? 0 : rng.between(1, 5);
  if (shape == 0) {
    nums = ints(rng, n, -4, 4);
  } else if (shape == 1) {
    nums = ints(rng, n, -limit, limit);
  } else if (shape == 2) {
    const int k = rng.between(1, 200);
    nums = ints(rng, n, -k, k);
  } else if (shape == 3) {
    nums.assign(static_cast<std::size_t>(n), 0);
    const int others = rng.between(0, 5);
    for (int t = 0; t < others; ++t) nums[static_cast<std::size_t>(t)] = rng.between(-limit, limit);
  } else if (shape == 4) {
    nums = ints(rng, n, 1, limit);
    if (rng.chance(0.5))
      for (int& x : nums) x = -x;
    if (rng.chance(0.5)) nums[0] = 0;
  } else {
    std::vector<int> values = ints(rng, rng.between(2, 12), -50, 50);
    for (int v : values)
      for (int t = 0; t < 3; ++t) nums.push_back(v);
    while (static_cast<int>(nums.size()) < n) nums.push_back(rng.pick(values));
  }
  rng.shuffle(nums);
  return Json::array({nums});
}
