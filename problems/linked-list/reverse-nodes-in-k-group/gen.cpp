// size: the number of nodes n, 1 to 5000 (0 is raised to 1). The first draw picks k:
// 1. k = 1: nothing moves;
// 2. k = n: the whole list is one group, reversed;
// 3. k = 2: pairs;
// 4. k a divisor of n: every node is in a full group;
// 5. k just over n / 2: one group, then a long leftover that keeps its order;
// 6. k anywhere in [1, n].
// Small sizes use the values 0..2, large ones 0..1000.

// The max-size cases in cases.json are named after the k their seed gives; re-check
// those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 5000);
  const int shape = rng.between(1, 6);
  int k;
  if (shape == 1) {
    k = 1;
  } else if (shape == 2) {
    k = n;
  } else if (shape == 3) {
    k = std::min(2, n);
  } else if (shape == 4) {
    std::vector<int> divisors;
    for (int d = 1; d <= n; ++d)
      if (n % d == 0) divisors.push_back(d);
    k = rng.pick(divisors);
  } else if (shape == 5) {
    k = std::min(n, n / 2 + rng.between(1, std::max(1, n / 10)));
  } else {
    k = rng.between(1, n);
  }
  return Json::array({ints(rng, n, 0, n <= 8 ? 2 : 1000), k});
}
