// size: the length of nums, from 1 to 29999, the largest odd length LeetCode's
// limit of 3 * 10^4 allows (an even size is lowered by one, 0 is raised to 1).
// (n + 1) / 2 distinct values from [-3 * 10^4, 3 * 10^4] (from [-8, 8] for sizes
// up to 11); one of them is the single, the others are written twice. Shapes:
// 1. shuffled;
// 2. sorted, so twins stand side by side and the single breaks the pattern;
// 3. sorted, the single being the smallest value (it comes first);
// 4. sorted, the single being the largest value (it comes last);
// 5. shuffled, with -3 * 10^4 and 3 * 10^4 among the values, the single being
//    one of them or 0;
// 6. every twin far from its partner: the values in some order, the single, then
//    the same values in the same order.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 29999);
  if (n % 2 == 0) --n;
  const int limit = n <= 11 ? 8 : 30000;
  const int d = (n + 1) / 2;
  const int shape = rng.between(1, 6);
  std::vector<int> values = sorted_distinct(rng, d, -limit, limit);  // increasing
  int single_at = rng.between(0, d - 1);
  if (shape == 3) single_at = 0;
  if (shape == 4) single_at = d - 1;
  if (shape == 5) {
    values.front() = -limit;
    values.back() = limit;
    const int which = rng.between(0, 2);
    if (which == 2 && d >= 3 && std::find(values.begin(), values.end(), 0) == values.end())
      values[static_cast<std::size_t>(d / 2)] = 0, std::sort(values.begin(), values.end());
    const auto zero = std::find(values.begin(), values.end(), 0);
    single_at = which == 0 ? 0 : which == 1 ? d - 1 : zero != values.end() ? static_cast<int>(zero - values.begin()) : 0;
  }
  const int single = values[static_cast<std::size_t>(single_at)];
  std::vector<int> twins;  // the values written twice
  for (int i = 0; i < d; ++i)
    if (i != single_at) twins.push_back(values[static_cast<std::size_t>(i)]);
  std::vector<int> nums;
  if (shape == 6) {
    rng.shuffle(twins);
    nums = twins;
    nums.push_back(single);
    nums.insert(nums.end(), twins.begin(), twins.end());
  } else {
    for (int v : twins) nums.push_back(v), nums.push_back(v);
    nums.push_back(single);
    std::sort(nums.begin(), nums.end());
    if (shape == 1 || shape == 5) rng.shuffle(nums);
  }
  return Json::array({nums});
}
