// size: the length of nums, from 1 to 100 (0 is raised to 1). Values are in [0, 3] up
// to 8 values (repeats are common) and in [0, 100] beyond. Shapes, for any size:
// 1. values at random;
// 2. values from {0, 1, 2} only: long runs of repeats;
// 3. the last arrangement, non-increasing: the answer wraps around to ascending;
// 4. the first arrangement, non-decreasing: only the last two values change;
// 5. a random head followed by a long non-increasing tail: the pivot sits far left;
// 6. all values equal: nothing changes;
// 7. distinct values in random order.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100);
  const int top = n <= 8 ? 3 : 100;
  std::vector<int> nums = ints(rng, n, 0, top);
  const int shape = rng.between(1, 7);
  if (shape == 2) {
    nums = ints(rng, n, 0, 2);
  } else if (shape == 3) {
    std::sort(nums.begin(), nums.end(), std::greater<int>());
  } else if (shape == 4) {
    std::sort(nums.begin(), nums.end());
  } else if (shape == 5) {
    const int head = rng.between(0, std::min(3, n - 1));
    std::sort(nums.begin() + head, nums.end(), std::greater<int>());
  } else if (shape == 6) {
    std::fill(nums.begin(), nums.end(), rng.between(0, top));
  } else if (shape == 7) {
    nums = sorted_distinct(rng, n, 0, std::max(top, n - 1));
    rng.shuffle(nums);
  }
  return Json::array({nums});
}
