// size: the most nodes in either list, 0 to 50. Shapes (the first draw picks one):
// 1. two lists of random lengths with values from the whole range;
// 2. both lists exactly `size` long (at the maximum: 50 and 50);
// 3. one list entirely below the other (every value of one list is smaller);
// 4. few distinct values, so equal values cross between the lists;
// 5. one list empty.
// Small sizes draw values from -2..2 in shapes 1, 2 and 5, for ties.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int most = std::clamp(size, 0, 50);
  const int shape = rng.between(1, 5);
  const int bound = most <= 8 ? 2 : 100;
  int m = rng.between(0, most), n = rng.between(0, most);
  if (shape == 2) m = n = most;
  if (shape == 5) (rng.chance(0.5) ? m : n) = 0;
  std::vector<int> a, b;
  if (shape == 3) {
    const int cut = rng.between(-100, 100);
    a = ints(rng, m, -100, cut);
    b = ints(rng, n, cut, 100);
    if (rng.chance(0.5)) std::swap(a, b);
  } else if (shape == 4) {
    const int lo = rng.between(-100, 98);
    a = ints(rng, m, lo, lo + 2);
    b = ints(rng, n, lo, lo + 2);
  } else {
    a = ints(rng, m, -bound, bound);
    b = ints(rng, n, -bound, bound);
  }
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return Json::array({a, b});
}
