// size: the length of nums, from 0 (the empty array) to 10^5. Small sizes use values
// in [-6, 6], so repeats, runs through zero and runs split by one missing value are
// common. Larger sizes take one of these shapes, shuffled:
// 1. values from the full range [-10^9, 10^9] (runs of length 1, now and then 2);
// 2. runs of random lengths separated by gaps of exactly one missing value, anywhere
//    in the range or pressed against -10^9 or 10^9, plus repeats of their values;
// 3. a single run: n distinct values, or n / 2 values each present twice;
// 4. the trap for walking from every element of nums instead of every distinct
//    value: half the array is copies of the smallest value of a run of n / 2.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 0, 100000);
  const long long limit = 1000000000;
  // A start for a run (or runs) covering `span` values, optionally against an end.
  auto place = [&](long long span) {
    const int edge = rng.between(0, 3);
    return edge == 0 ? -limit : edge == 1 ? limit - span + 1 : rng.between(-limit, limit - span + 1);
  };
  std::vector<int> nums;
  nums.reserve(static_cast<std::size_t>(n));
  const int shape = n <= 12 ? 0 : rng.between(1, 4);
  if (shape == 0) {
    nums = ints(rng, n, -6, 6);
  } else if (shape == 1) {
    nums = ints(rng, n, static_cast<int>(-limit), static_cast<int>(limit));
  } else if (shape == 2) {
    const int distinct = rng.between(n / 2, n);
    std::vector<int> lengths;
    long long span = -1;  // the values the runs cover, with one missing value between two runs
    for (int total = 0; total < distinct;) {
      const int length = std::min(distinct - total, rng.chance(0.1) ? rng.between(1, distinct) : rng.between(1, 50));
      lengths.push_back(length);
      total += length;
      span += length + 1;
    }
    long long at = place(span);
    for (int length : lengths) {
      for (int k = 0; k < length; ++k) nums.push_back(static_cast<int>(at++));
      ++at;  // the gap: this run and the next must not join
    }
    const std::vector<int> values = nums;
    while (static_cast<int>(nums.size()) < n) nums.push_back(rng.pick(values));
  } else if (shape == 3) {
    const int distinct = rng.chance(0.5) ? n : n / 2;
    const long long start = place(distinct);
    for (int k = 0; k < n; ++k) nums.push_back(static_cast<int>(start + k % distinct));
  } else {
    const int run = n - n / 2;
    const long long start = place(run);
    for (int k = 0; k < run; ++k) nums.push_back(static_cast<int>(start + k));
    while (static_cast<int>(nums.size()) < n) nums.push_back(static_cast<int>(start));
  }
  rng.shuffle(nums);
  return Json::array({nums});
}
