// size: m + n, the two lengths together, from 1 to 2000 (0 is raised to 1). m is
// drawn from the lengths that keep both arrays within 1000, often an extreme one
// (one array as short as allowed, even empty); at 2000 (the maximum) both arrays
// have 1000 values. The values' shape:
// 1. random values from [-10^6, 10^6] (from [-10, 10] for sizes up to 20, so
//    equal values meet across the two arrays);
// 2. every value of one array below every value of the other;
// 3. one value repeated everywhere, in both arrays;
// 4. distinct values dealt alternately to the two arrays (interleaved);
// 5. values from [-3, 3] only: long runs of equal values around the middle;
// 6. only the two extremes, -10^6 and 10^6.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int limit = 1000000;
  const int total = std::clamp(size, 1, 2000);
  const int least = std::max(0, total - 1000), most = std::min(1000, total);
  const int pick = rng.between(0, 3);
  const int m = pick == 0 ? least : pick == 1 ? most : rng.between(least, most);
  const int n = total - m;
  const int shape = rng.between(1, 6);
  const int range = total <= 20 ? 10 : limit;
  std::vector<int> a, b;
  if (shape == 1) {
    a = ints(rng, m, -range, range);
    b = ints(rng, n, -range, range);
  } else if (shape == 2) {
    const int cut = rng.between(-range / 2, range / 2);
    const bool a_low = rng.chance(0.5);  // cut itself may end one array and start the other
    a = ints(rng, m, a_low ? -range : cut, a_low ? cut : range);
    b = ints(rng, n, a_low ? cut : -range, a_low ? range : cut);
  } else if (shape == 3) {
    const int v = rng.between(-range, range);
    a.assign(static_cast<std::size_t>(m), v);
    b.assign(static_cast<std::size_t>(n), v);
  } else if (shape == 4) {
    const std::vector<int> all = sorted_distinct(rng, total, -range, range);
    for (std::size_t k = 0; k < all.size(); ++k) {
      const bool a_has_room = static_cast<int>(a.size()) < m, b_has_room = static_cast<int>(b.size()) < n;
      (a_has_room && (!b_has_room || k % 2 == 0) ? a : b).push_back(all[k]);
    }
  } else if (shape == 5) {
    a = ints(rng, m, -3, 3);
    b = ints(rng, n, -3, 3);
  } else {
    for (int i = 0; i < m; ++i) a.push_back(rng.chance(0.5) ? -limit : limit);
    for (int i = 0; i < n; ++i) b.push_back(rng.chance(0.5) ? -limit : limit);
  }
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return Json::array({a, b});
}
