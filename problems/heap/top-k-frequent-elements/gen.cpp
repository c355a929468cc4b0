// size: the length of nums, from 1 to 10^5 (0 is raised to 1). Values come from
// [-10^4, 10^4] (from [-6, 6] for sizes up to 12). The distinct values are given
// counts that add up to n, then written out and shuffled; k is always one that
// leaves a gap between the k-th and the (k+1)-th count, so the answer is unique,
// as LeetCode promises. Shapes of the counts:
// 1. random (cut points drawn at random), k random among the valid ones;
// 2. a staircase: counts 1, 2, 3, ... (the largest takes the rest), every k valid;
// 3. one value takes at least half of nums, the rest share what is left;
// 4. as many distinct values as the range allows (20001 at the maximum), random
//    counts, k random among the valid ones;
// 5. every value equally often (their number divides n), so k must be all of
//    them: the only k with a unique answer;
// 6. two groups: k values occur c + 1 times, all the others c times.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100000);
  const int limit = n <= 12 ? 6 : 10000;
  const int span = 2 * limit + 1;  // how many distinct values there can be
  // `parts` counts of at least 1 adding up to `total` (1 <= parts <= total).
  auto split = [&](int total, int parts) {
    std::vector<int> cuts = sorted_distinct(rng, parts - 1, 1, total - 1);
    cuts.insert(cuts.begin(), 0);
    cuts.push_back(total);
    std::vector<int> out;
    for (std::size_t i = 1; i < cuts.size(); ++i) out.push_back(cuts[i] - cuts[i - 1]);
    return out;
  };
  int shape = rng.between(1, 6);
  if (n < 3 && (shape == 3 || shape == 6)) shape = 1;
  std::vector<int> counts;
  int k = 0;  // 0: choose among the valid ones below
  if (shape == 1) {
    counts = split(n, rng.between(1, std::min(n, span)));
  } else if (shape == 2) {
    int d = 1;
    while (d < span && (d + 1) * (d + 2) / 2 <= n) ++d;
    for (int c = 1; c <= d; ++c) counts.push_back(c);
    counts.back() += n - d * (d + 1) / 2;
  } else if (shape == 3) {
    const int top = rng.between(n / 2 + 1, n);
    counts = {top};
    if (top < n) {
      std::vector<int> rest = split(n - top, rng.between(1, std::min(n - top, span - 1)));
      counts.insert(counts.end(), rest.begin(), rest.end());
    }
  } else if (shape == 4) {
    counts = split(n, std::min(n, span));
  } else if (shape == 5) {
    std::vector<int> divisors;  // the numbers of values that can share n equally
    for (int d = 1; d <= std::min(n, span); ++d)
      if (n % d == 0) divisors.push_back(d);
    const int d = rng.pick(divisors);
    counts.assign(static_cast<std::size_t>(d), n / d);
    k = d;
  } else {
    const int d = rng.between(2, std::min(n - 1, span));
    const int c = (n - 1) / d;  // >= 1
    k = n - d * c;              // in [1, d]
    counts.assign(static_cast<std::size_t>(d), c);
    for (int i = 0; i < k; ++i) ++counts[static_cast<std::size_t>(i)];
  }
  std::sort(counts.rbegin(), counts.rend());
  const int d = static_cast<int>(counts.size());
  if (k == 0) {
    std::vector<int> valid;  // k is valid when the k-th count beats the (k+1)-th
    for (int j = 1; j <= d; ++j)
      if (j == d || counts[static_cast<std::size_t>(j - 1)] > counts[static_cast<std::size_t>(j)]) valid.push_back(j);
    k = rng.pick(valid);
  }
  std::vector<int> values = sorted_distinct(rng, d, -limit, limit);
  rng.shuffle(values);  // which value gets which count
  std::vector<int> nums;
  nums.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < d; ++i) nums.insert(nums.end(), static_cast<std::size_t>(counts[static_cast<std::size_t>(i)]), values[static_cast<std::size_t>(i)]);
  rng.shuffle(nums);
  return Json::array({nums, k});
}
