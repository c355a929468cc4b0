// size: the number of days, the length of prices, from 1 to 10^5 (0 is raised to 1).
// Small sizes (<= 10) use prices from [0, 9], so equal prices are common, and now and
// then a falling series. Larger sizes take one of these shapes:
// 1. prices from the whole range [0, 10^4];
// 2. never rising (sorted downwards): the answer is 0;
// 3. never falling (sorted upwards): buy on the first day, sell on the last;
// 4. high prices first and low ones after, so the cheapest day comes after the
//    dearest one: "highest minus lowest" is wrong, the best trade lies inside a half;
// 5. a slow fall with short spikes up: many small trades, the best one is a spike
//    that starts from a low reached long before;
// 6. one price throughout: the answer is 0.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 100000);
  const int limit = 10000;
  std::vector<int> prices;
  const int shape = n <= 10 ? 0 : rng.between(1, 6);
  if (shape == 0) {
    prices = ints(rng, n, 0, 9);
    if (rng.chance(0.2)) std::sort(prices.rbegin(), prices.rend());
  } else if (shape == 1) {
    prices = ints(rng, n, 0, limit);
  } else if (shape == 2 || shape == 3) {
    prices = ints(rng, n, 0, limit);
    std::sort(prices.begin(), prices.end());
    if (shape == 2) std::reverse(prices.begin(), prices.end());
  } else if (shape == 4) {
    const int high = n / 2;
    for (int i = 0; i < n; ++i) prices.push_back(i < high ? rng.between(limit / 2 + 1, limit) : rng.between(0, limit / 2));
    prices[static_cast<std::size_t>(rng.between(0, high - 1))] = limit;  // the dearest day, early
    prices[static_cast<std::size_t>(rng.between(high, n - 1))] = 0;      // the cheapest day, late
  } else if (shape == 5) {
    int level = limit;
    for (int i = 0; i < n; ++i) {
      if (rng.chance(0.3)) level = std::max(0, level - 1);
      prices.push_back(rng.chance(0.01) ? std::min(limit, level + rng.between(0, 3000)) : level);
    }
  } else {
    prices.assign(static_cast<std::size_t>(n), rng.between(0, limit));
  }
  return Json::array({prices});
}
