// size: the length of nums, from 1 to 10^4 (0 is raised to 1). LeetCode promises the
// last index can be reached, so every shape is repaired before it is returned: the
// walk over the reachable range stops on no index, since wherever it would (a value
// that reaches no farther than its own index), that value is redrawn from [1, k].
// Small sizes (<= 10) use values from [0, 3]. Larger sizes take one of these shapes:
// 1. values from [0, k], k from 2 to 6: hundreds or thousands of short jumps, with
//    zeros to jump over;
// 2. values from [0, k], k from 7 to 1000: fewer, longer jumps;
// 3. all ones: n - 1 jumps, the most there can be;
// 4. all 1000s, or values from [900, 1000]: about n / 1000 jumps, the fewest there
//    can be at this length;
// 5. stepping stones: zeros, with a stone every 1 to 1000 indices that reaches the
//    next stone or a little past it;
// 6. decoys: mostly 1s and 2s, with now and then a value that jumps far but lands
//    on a 1, next to a shorter one that lands on a large value (taking the longest
//    jump from where you stand is not the fewest jumps).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  const int limit = 1000;
  std::vector<int> nums;
  const int shape = n <= 10 ? 0 : rng.between(1, 6);
  int k = 3;  // the largest value a repair may draw
  if (shape == 0) {
    nums = ints(rng, n, 0, 3);
  } else if (shape == 1 || shape == 2) {
    k = shape == 1 ? rng.between(2, 6) : rng.between(7, limit);
    nums = ints(rng, n, 0, k);
  } else if (shape == 3) {
    nums.assign(static_cast<std::size_t>(n), 1);
  } else if (shape == 4) {
    k = limit;
    if (rng.chance(0.5))
      nums.assign(static_cast<std::size_t>(n), limit);
    else
      nums = ints(rng, n, 900, limit);
  } else if (shape == 5) {
    nums.assign(static_cast<std::size_t>(n), 0);
    for (int stone = 0; stone < n - 1;) {
      const int next = std::min(n - 1, stone + rng.between(1, limit - 3));
      nums[static_cast<std::size_t>(stone)] = next - stone + rng.between(0, 3);
      stone = next;
    }
  } else {
    nums = ints(rng, n, 1, 2);
    for (int i = 0; i + 20 < n; i += rng.between(20, 60)) {
      const int reach = rng.between(5, 15);
      nums[static_cast<std::size_t>(i)] = reach;                 // jumps far ...
      nums[static_cast<std::size_t>(i + reach)] = 1;             // ... onto a 1
      nums[static_cast<std::size_t>(i + reach - 1)] = rng.between(15, 40);  // the shorter jump goes on
    }
  }
  for (int i = 0, reach = 0; i < n - 1; ++i) {  // the repair: i <= reach throughout
    reach = std::max(reach, i + nums[static_cast<std::size_t>(i)]);
    if (reach == i) reach = i + (nums[static_cast<std::size_t>(i)] = rng.between(1, k));
  }
  return Json::array({nums});
}
