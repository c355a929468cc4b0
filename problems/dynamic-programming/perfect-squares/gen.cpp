// size: the largest n, from 1 to 10^4 (0 is raised to 1). Small sizes (<= 50) draw n
// uniformly from [1, size], which covers every answer from 1 to 4. Larger sizes take
// one of these shapes:
// 1. n = size itself (at the maximum, 10^4 = 100^2: the answer is 1);
// 2. n drawn uniformly from [1, size];
// 3. n within 100 of size, the far end of the table;
// 4. n of the form 4^a (8b + 7), the numbers that need four squares (7, 15, 28,
//    ..., 9999), the largest at most size or a random one;
// 5. n = a^2 + b^2 close to size, so two squares suffice, though the largest square
//    below n usually does not start such a pair (greedy takes more).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int top = std::clamp(size, 1, 10000);
  const auto root = [](int m) {
    int r = 0;
    while ((r + 1) * (r + 1) <= m) ++r;
    return r;
  };
  const int shape = top <= 50 ? 0 : rng.between(1, 5);
  int n = 0;
  if (shape == 0 || shape == 2) {
    n = rng.between(1, top);
  } else if (shape == 1) {
    n = top;
  } else if (shape == 3) {
    n = rng.between(std::max(1, top - 99), top);
  } else if (shape == 4) {
    std::vector<int> four;  // every 4^a (8b + 7) <= top, in increasing order
    for (int m = 1; m <= top; ++m) {
      int odd = m;
      while (odd % 4 == 0) odd /= 4;
      if (odd % 8 == 7) four.push_back(m);
    }
    n = rng.chance(0.5) ? four.back() : rng.pick(four);
  } else {
    const int a = rng.between(1, root(top));
    n = a * a + root(top - a * a) * root(top - a * a);
  }
  return Json::array({n});
}
