// size: the length of nums (at least 1). Small sizes use values in [-3, 3] and k
// in [-5, 5], so zeros, repeats and many overlapping answers come up. Larger
// inputs use the full value range, or only -1/0/1 (huge answers), or all zeros
// with k = 0 (the largest answer); k is often the sum of some real subarray.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 20000);
  int mode = n <= 10 ? 0 : rng.between(1, 3);
  std::vector<int> nums = mode == 0   ? ints(rng, n, -3, 3)
                          : mode == 1 ? ints(rng, n, -1000, 1000)
                          : mode == 2 ? ints(rng, n, -1, 1)
                                      : std::vector<int>(static_cast<std::size_t>(n), 0);
  int k;
  if (mode == 3) {
    k = 0;
  } else if (rng.chance(0.6)) {  // the sum of a random subarray: at least one answer
    int i = rng.between(0, n - 1);
    int j = rng.between(i, n - 1);
    k = std::accumulate(nums.begin() + i, nums.begin() + j + 1, 0);
  } else {
    k = mode == 0 ? rng.between(-5, 5) : rng.between(-10000000, 10000000);
  }
  return Json::array({nums, k});
}
