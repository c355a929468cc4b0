// size: the length of nums, from 2 to 10^4 (smaller sizes are raised to 2). Exactly one
// pair of positions sums to target, as LeetCode promises: every other value is drawn so
// that its complement (target - value) is not already in the array, which also keeps a
// value equal to target / 2 from appearing twice outside the pair. Small sizes use values
// in [-4, 4], so zeros, repeats and pairs of equal values are common. Larger sizes use the
// full range [-10^9, 10^9], or [-1000, 1000] (many repeats), or put a +-10^9 at one end
// and its partner at the other (the pair is found last).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 2, 10000);
  const long long limit = 1000000000;
  const int mode = n <= 10 ? 0 : rng.between(1, 3);
  const long long span = mode == 0 ? 4 : mode == 2 ? 1000 : limit;
  long long a, b;  // the pair's values; target = a + b stays within [-10^9, 10^9]
  if (mode == 3) {
    a = rng.chance(0.5) ? limit : -limit;
    b = a > 0 ? rng.between(-limit, 0LL) : rng.between(0LL, limit);
  } else {
    a = rng.between(-span, span);
    if (rng.chance(0.15) && 2 * a >= -limit && 2 * a <= limit) {
      b = a;
    } else {
      b = rng.between(std::max(-span, -limit - a), std::min(span, limit - a));
    }
  }
  const long long target = a + b;
  std::unordered_set<long long> present{a, b};
  std::vector<long long> others;
  others.reserve(static_cast<std::size_t>(n - 2));
  while (static_cast<int>(others.size()) < n - 2) {
    long long v = 0;
    bool found = false;
    for (int attempt = 0; attempt < 64 && !found; ++attempt) {
      v = rng.between(-span, span);
      found = !present.count(target - v);
    }
    while (!found) {  // the narrow range is used up: draw from the full one
      v = rng.between(-limit, limit);
      found = !present.count(target - v);
    }
    present.insert(v);
    others.push_back(v);
  }
  int i, j;  // the pair's positions, i != j
  if (mode == 3) {
    i = 0, j = n - 1;
  } else {
    i = rng.between(0, n - 1);
    if (i != n - 1 && rng.chance(0.2)) {
      j = n - 1;  // the partner comes last
    } else {
      j = rng.between(0, n - 2);
      if (j >= i) ++j;  // any position but i
    }
    if (rng.chance(0.5)) std::swap(a, b);
  }
  std::vector<int> nums(static_cast<std::size_t>(n));
  std::size_t next = 0;
  for (int k = 0; k < n; ++k)
    nums[static_cast<std::size_t>(k)] =
        static_cast<int>(k == i ? a : k == j ? b : others[next++]);
  return Json::array({nums, static_cast<int>(target)});
}
