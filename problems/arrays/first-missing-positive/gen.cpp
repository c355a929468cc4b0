// size: n, the length of nums, from 1 to 10^5 (the maximum; 0 is raised to 1).
// Shapes, shuffled at the end:
// 1. exactly 1 .. n: the answer is n + 1, the largest possible;
// 2. 1 .. n with a few of them (1 to 5) replaced by repeats of others, by values
//    above n, or by values <= 0: the answer is the smallest one replaced;
// 3. nothing positive: values from [INT_MIN, 0], with 0 and INT_MIN common: the
//    answer is 1;
// 4. values from [1, n] at random: many repeats, the answer somewhere inside;
// 5. 1 .. m for a random m < n, and then repeats of those, values from
//    [m + 2, n], and values that never matter (<= 0, or > n up to INT_MAX): the
//    answer is m + 1;
// 6. values from the whole int range, INT_MIN and INT_MAX now and then: nearly
//    always 1, or 2 when a 1 was planted.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100000);
  const int shape = rng.between(1, 6);
  std::vector<int> nums;
  auto outside = [&]() -> int {  // a value that never matters: <= 0 or > n
    const int pick = rng.between(0, 4);
    if (pick == 0) return 0;
    if (pick == 1) return rng.chance(0.5) ? INT_MIN : INT_MAX;
    if (pick == 2) return rng.between(INT_MIN, 0);
    if (pick == 3) return n + 1;
    return rng.between(n + 1, INT_MAX);
  };
  if (shape == 1 || shape == 2) {
    for (int v = 1; v <= n; ++v) nums.push_back(v);
    if (shape == 2) {
      rng.shuffle(nums);
      const int replaced = std::min(n, rng.between(1, 5));
      for (int t = 0; t < replaced; ++t) {
        const int kind = rng.between(0, 1);
        // nums[t] is a random value of 1 .. n (shuffled); replace it by a repeat of a
        // value that stays, or by one that does not matter.
        if (kind == 0 && n > replaced) nums[static_cast<std::size_t>(t)] = nums[static_cast<std::size_t>(rng.between(replaced, n - 1))];
        else nums[static_cast<std::size_t>(t)] = outside();
      }
    }
  } else if (shape == 3) {
    for (int i = 0; i < n; ++i) {
      const int pick = rng.between(0, 9);
      nums.push_back(pick == 0 ? 0 : pick == 1 ? INT_MIN : rng.between(INT_MIN, 0));
    }
  } else if (shape == 4) {
    nums = ints(rng, n, 1, n);
  } else if (shape == 5) {
    const int m = rng.between(0, n - 1);
    for (int v = 1; v <= m; ++v) nums.push_back(v);
    while (static_cast<int>(nums.size()) < n) {
      const int pick = rng.between(0, 2);
      if (pick == 0 && m >= 1) nums.push_back(rng.between(1, m));           // a repeat
      else if (pick == 1 && m + 2 <= n) nums.push_back(rng.between(m + 2, n));  // in range, past the gap
      else nums.push_back(outside());
    }
  } else {
    for (int i = 0; i < n; ++i)
      nums.push_back(rng.chance(0.01) ? (rng.chance(0.5) ? INT_MIN : INT_MAX) : rng.between(INT_MIN, INT_MAX));
    if (rng.chance(0.5)) nums[0] = 1;
  }
  rng.shuffle(nums);
  return Json::array({nums});
}
