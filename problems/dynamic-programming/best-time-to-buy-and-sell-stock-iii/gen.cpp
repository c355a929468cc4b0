// size: the number of days. Prices are in 0..5 at small sizes (flat days, repeated
// peaks) and 0..10^5 at larger ones. A quarter of the inputs rise steadily (one
// transaction is as good as two) and a quarter fall (no profit at all).

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 100000);
  int hi = size <= 20 ? 5 : 100000;
  std::vector<int> prices = ints(rng, n, 0, hi);
  int shape = rng.between(0, 3);
  if (shape == 1) std::sort(prices.begin(), prices.end());
  if (shape == 2) std::sort(prices.rbegin(), prices.rend());
  return Json::array({prices});
}
