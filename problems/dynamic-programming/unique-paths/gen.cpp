// size: the largest m or n may be, from 1 to 100 (0 is raised to 1). Only pairs
// whose answer is at most 2 * 10^9 are made, as LeetCode promises. Shapes:
// 1. m at random, then n at random among the values that keep the answer in range;
// 2. one side as long as size allows, the other as long as the answer allows
//    (100 x 7 at the maximum);
// 3. the pair with the largest answer in range (69 x 8 at the maximum:
//    1984829850, close to the limit);
// 4. a square grid, as large as the answer allows (17 x 17 at the maximum);
// 5. a single row or a single column of length size (one route).
// Shapes 2 to 4 put the longer side first or second at random.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

constexpr long long kLimit = 2000000000;

// The number of routes on an m x n grid, C(m + n - 2, min(m, n) - 1), or kLimit + 1
// when it is larger than kLimit. The partial products C(m + n - 2 - k + i, i) only
// grow with i, so once one passes the limit the answer does too.
long long routes(int m, int n) {
  const long long k = std::min(m, n) - 1, top = m + n - 2;
  long long r = 1;
  for (long long i = 1; i <= k; ++i) {
    r = r * (top - k + i) / i;  // exact: the product of i consecutive integers over i!
    if (r > kLimit) return kLimit + 1;
  }
  return r;
}

// The largest n <= cap with routes(m, n) <= kLimit (at least 1).
int widest(int m, int cap) {
  int n = 1;
  while (n < cap && routes(m, n + 1) <= kLimit) ++n;
  return n;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int cap = std::clamp(size, 1, 100);
  const int shape = rng.between(1, 5);
  int m = 1, n = 1;
  if (shape == 1) {
    m = rng.between(1, cap);
    n = rng.between(1, widest(m, cap));
  } else if (shape == 2) {
    m = cap;
    n = widest(m, cap);
  } else if (shape == 3) {
    long long best = 0;
    for (int r = 1; r <= cap; ++r) {
      const int c = widest(r, cap);
      if (routes(r, c) > best) best = routes(r, c), m = r, n = c;
    }
  } else if (shape == 4) {
    while (m < cap && routes(m + 1, m + 1) <= kLimit) ++m;
    n = m;
  } else {
    n = cap;
  }
  if (rng.chance(0.5)) std::swap(m, n);
  return Json::array({m, n});
}
