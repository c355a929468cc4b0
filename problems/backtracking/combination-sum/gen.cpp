// size: the number of candidates, clamped to [1, 30]. Distinct values from
// [2, min(40, 3 * n + 3)], so small inputs use small values that combine in many
// ways; at size 30 they spread over [2, 40]. The target is drawn from [1, 40]
// and lowered until fewer than 150 answers exist, as the problem promises;
// targets no combination reaches come up too.

namespace {

// How many multisets of values adds up to each sum up to target.
long long count_ways(const std::vector<int>& values, int target) {
  std::vector<long long> ways(static_cast<std::size_t>(target) + 1, 0);
  ways[0] = 1;
  for (int v : values)
    for (int s = v; s <= target; ++s) ways[s] += ways[s - v];
  return ways[target];
}

}  // namespace

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 30);
  int top = std::min(40, 3 * n + 3);
  auto candidates = sorted_distinct(rng, n, 2, top);
  rng.shuffle(candidates);
  int target = rng.between(1, 40);
  while (count_ways(candidates, target) >= 150) --target;
  return Json::array({candidates, target});
}
