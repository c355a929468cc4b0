// size: the number of nodes, from 1 to 10^5 (0 is raised to 1). Shapes:
// 1. a palindrome of random digits;
// 2. a palindrome with one mirrored pair broken (at the ends, next to the middle,
//    or anywhere): false, and only that pair says so;
// 3. random digits (almost never a palindrome once the list is long);
// 4. one digit throughout (a palindrome), or one digit throughout but a single
//    node (a palindrome only when that node is the middle of an odd length).
// Small sizes use the digits 0 and 1 only, so near-palindromes are common.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::max(1, size);
  const int hi = n <= 8 ? 1 : 9;
  std::vector<int> v;
  const int shape = rng.between(1, 4);
  if (shape == 1 || shape == 2) {
    v = ints(rng, n, 0, hi);
    for (int i = 0; i < n / 2; ++i) v[static_cast<std::size_t>(n - 1 - i)] = v[static_cast<std::size_t>(i)];
    if (shape == 2 && n >= 2) {
      int i;
      switch (rng.between(0, 2)) {
        case 0: i = 0; break;
        case 1: i = n / 2 - 1; break;
        default: i = rng.between(0, n / 2 - 1);
      }
      auto& x = v[static_cast<std::size_t>(n - 1 - i)];
      x = (x + rng.between(1, hi)) % (hi + 1);  // any other digit
    }
  } else if (shape == 3) {
    v = ints(rng, n, 0, hi);
  } else {
    v.assign(static_cast<std::size_t>(n), rng.between(0, hi));
    if (rng.chance(0.5)) {
      auto& x = v[static_cast<std::size_t>(rng.between(0, n - 1))];
      x = (x + rng.between(1, hi)) % (hi + 1);
    }
  }
  return Json::array({v});
}
