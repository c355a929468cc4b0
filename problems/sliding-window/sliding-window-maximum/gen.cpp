// size: the length of nums, up to 10^5; k is random in [1, n] (now and then 1 or n).
// Small sizes use values in [-3, 3] so equal maxima sit side by side; at larger
// sizes values span [-10^4, 10^4], and some arrays are sorted (the deque's worst
// and best cases).

Json generate(Random& rng, int size) {
  const int n = std::max(1, std::min(size, 100000));
  const int span = n <= 20 ? 3 : 10000;
  auto nums = ints(rng, n, -span, span);
  const int shape = rng.between(0, 9);
  if (shape == 0) std::sort(nums.begin(), nums.end());
  if (shape == 1) std::sort(nums.rbegin(), nums.rend());
  const int pick = rng.between(0, 9);
  const int k = pick == 0 ? 1 : pick == 1 ? n : rng.between(1, n);
  return Json::array({nums, k});
}
