// size: the number of intervals, from 1 to 10^4 (0 is raised to 1); every end lies in
// [0, 10^4] and start <= end. The intervals come in random order. Small sizes (<= 10)
// use ends in [0, 10], so touching, nested, repeated and single-point intervals are
// common. Larger sizes take one of these shapes:
// 1. random starts, lengths from [0, k]: k from 0 to 3 gives thousands of small
//    groups, k from 4 to 2000 mostly one big one;
// 2. nested: every interval inside a wide outer one, including some with the same
//    start and a smaller end (a merge must keep the larger end);
// 3. distinct single points [x, x]: nothing merges (n answers);
// 4. a touching chain [a0, a1], [a1, a2], ... of lengths 0 and 1: each only touches
//    the next one, and now and then a gap of exactly 1 between neighbours ([1, 2]
//    and [3, 4] stay apart); once the chain reaches 10^4 it ends in points [10^4, 10^4];
// 5. one interval repeated n times;
// 6. single points with repeats, plus a few long intervals that swallow many of them.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  const int limit = 10000;
  std::vector<std::array<int, 2>> v;
  auto add = [&](int lo, int hi) { v.push_back({lo, hi}); };
  const int shape = n <= 10 ? 0 : rng.between(1, 6);
  if (shape == 0) {
    for (int i = 0; i < n; ++i) {
      const int lo = rng.between(0, 10);
      add(lo, rng.between(lo, std::min(10, lo + rng.between(0, 4))));
    }
  } else if (shape == 1) {
    const int k = rng.chance(0.5) ? rng.between(0, 3) : rng.between(4, 2000);
    for (int i = 0; i < n; ++i) {
      const int lo = rng.between(0, limit);
      add(lo, std::min(limit, lo + rng.between(0, k)));
    }
  } else if (shape == 2) {
    const int outer_lo = rng.between(0, 100), outer_hi = rng.between(limit - 100, limit);
    add(outer_lo, outer_hi);
    for (int i = 1; i < n; ++i) {
      const int lo = rng.chance(0.2) ? outer_lo : rng.between(outer_lo, outer_hi);
      add(lo, rng.between(lo, outer_hi));
    }
  } else if (shape == 3) {
    for (int x : sorted_distinct(rng, n, 0, limit)) add(x, x);
  } else if (shape == 4) {
    // Each interval has length 0 or 1 and starts where the one before it ended (they
    // touch), or now and then one later (a gap of exactly one: no contact).
    int at = rng.between(0, std::max(0, limit - n));
    for (int i = 0; i < n; ++i) {
      const int hi = std::min(limit, at + (rng.chance(0.7) ? 1 : 0));
      add(at, hi);
      at = std::min(limit, hi + (rng.chance(0.03) ? 1 : 0));
    }
  } else if (shape == 5) {
    const int lo = rng.between(0, limit), hi = rng.between(lo, limit);
    for (int i = 0; i < n; ++i) add(lo, hi);
  } else {
    const int longs = rng.between(1, 5);
    for (int i = 0; i < longs; ++i) {
      const int lo = rng.between(0, limit);
      add(lo, std::min(limit, lo + rng.between(100, 3000)));
    }
    for (int i = longs; i < n; ++i) {
      const int x = rng.between(0, limit);
      add(x, x);
    }
  }
  rng.shuffle(v);
  Json out = Json::array();
  for (const auto& [lo, hi] : v) out.push_back(Json::array({lo, hi}));
  return Json::array({std::move(out)});
}
