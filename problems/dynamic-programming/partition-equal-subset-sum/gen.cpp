// size: the length of nums, from 1 to 200 (0 is raised to 1). Small sizes (<= 14)
// use values from [1, 10] (now and then [1, 100]), so equal values and many splits
// come up. Larger sizes take one of these shapes, shuffled:
// 1. values from [1, 100], one of them moved by 1 if needed to make the total even:
//    usually true;
// 2. every value a multiple of 4 except a single 2: the total is even but half of it
//    is odd, and every subset sum is even, so false after all the work;
// 3. one value repeated n times, half the time 100 (at n = 200 the largest total,
//    20000): true exactly when n is even;
// 4. values from [1, 100] with an odd total: false at once;
// 5. two halves with equal sums: a random half, and a copy of it with amounts moved
//    between its elements (staying in [1, 100]); for odd n one element of the copy
//    is split in two: true.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 200);
  std::vector<int> nums;
  const int shape = n <= 14 ? 0 : rng.between(1, 5);
  const auto total = [&] {
    int t = 0;
    for (int x : nums) t += x;
    return t;
  };
  // Moves one element by 1 (staying in [1, 100]) when the total's parity is wrong.
  const auto make_parity = [&](int parity) {
    if (total() % 2 == parity) return;
    int& x = nums[static_cast<std::size_t>(rng.between(0, n - 1))];
    x = x == 100 ? 99 : x + 1;
  };
  if (shape == 0) {
    nums = ints(rng, n, 1, rng.chance(0.8) ? 10 : 100);
  } else if (shape == 1) {
    nums = ints(rng, n, 1, 100);
    make_parity(0);
  } else if (shape == 2) {
    for (int i = 1; i < n; ++i) nums.push_back(4 * rng.between(1, 25));
    nums.push_back(2);
  } else if (shape == 3) {
    nums.assign(static_cast<std::size_t>(n), rng.chance(0.5) ? 100 : rng.between(1, 100));
  } else if (shape == 4) {
    nums = ints(rng, n, 1, 100);
    make_parity(1);
  } else {
    std::vector<int> half = ints(rng, n / 2, 1, 100);
    half[0] = std::max(half[0], 2);  // the copy's sum exceeds its length: something to split
    std::vector<int> copy = half;
    for (int moves = 0; moves < n; ++moves) {
      auto i = static_cast<std::size_t>(rng.between(0, static_cast<int>(copy.size()) - 1));
      auto j = static_cast<std::size_t>(rng.between(0, static_cast<int>(copy.size()) - 1));
      if (i == j) continue;
      const int delta = rng.between(0, std::min(copy[i] - 1, 100 - copy[j]));
      copy[i] -= delta;
      copy[j] += delta;
    }
    if (n % 2 == 1) {
      const auto big = static_cast<std::size_t>(std::max_element(copy.begin(), copy.end()) - copy.begin());
      const int part = rng.between(1, copy[big] - 1);  // copy[big] >= 2
      const int rest = copy[big] - part;
      copy[big] = part;
      copy.push_back(rest);
    }
    nums = half;
    nums.insert(nums.end(), copy.begin(), copy.end());
  }
  rng.shuffle(nums);
  return Json::array({nums});
}
