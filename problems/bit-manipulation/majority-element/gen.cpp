// size: the length of nums, from 1 to 5 * 10^4 (0 is raised to 1). The majority
// value occurs c times, c in [n / 2 + 1, n]; the other n - c positions hold other
// values from [-10^9, 10^9] (from [-3, 3] for sizes up to 12). Shapes:
// 1. a bare majority (c = n / 2 + 1), the others random, shuffled;
// 2. a bare majority, the others all one value (the runner-up is one short);
// 3. one value everywhere (c = n);
// 4. a bare majority, all its copies at the end (the vote goes to the others first);
// 5. a bare majority, all its copies at the front;
// 6. a bare majority, alternating with the others (majority, other, majority, ...);
// 7. a random c, the majority value being -10^9 or 10^9, shuffled.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 50000);
  const int limit = n <= 12 ? 3 : 1000000000;
  const int shape = rng.between(1, 7);
  const int bare = n / 2 + 1;
  const int c = shape == 3 ? n : shape == 7 ? rng.between(bare, n) : bare;
  const int major = shape == 7 ? (rng.chance(0.5) ? -limit : limit) : rng.between(-limit, limit);
  auto other_value = [&] {  // any value but the majority one
    int v = rng.between(-limit, limit - 1);
    return v >= major ? v + 1 : v;
  };
  std::vector<int> others;
  const int runner_up = other_value();
  for (int i = c; i < n; ++i) others.push_back(shape == 2 ? runner_up : other_value());
  std::vector<int> nums;
  if (shape == 4) {
    nums = others;
    nums.insert(nums.end(), static_cast<std::size_t>(c), major);
  } else if (shape == 5) {
    nums.assign(static_cast<std::size_t>(c), major);
    nums.insert(nums.end(), others.begin(), others.end());
  } else if (shape == 6) {
    for (int i = 0; i < n; ++i) {
      const std::size_t o = static_cast<std::size_t>(i / 2);
      nums.push_back(i % 2 == 1 && o < others.size() ? others[o] : major);
    }
  } else {
    nums = others;
    nums.insert(nums.end(), static_cast<std::size_t>(c), major);
    rng.shuffle(nums);
  }
  return Json::array({nums});
}
