// size: the length of s, from 1 to 10^4 (0 is raised to 1). s holds only the six
// bracket characters, as LeetCode promises. Half the small inputs (size <= 12) are
// balanced strings, or balanced strings with one character replaced or two
// neighbours swapped; the other half are random. Larger sizes take one of these
// shapes:
// 1. balanced, of random kinds and a nesting depth that wanders up and down;
// 2. balanced and nested as deep as it goes: n / 2 openers, then their closers;
// 3. shape 1 with one character replaced near the end (always invalid, and found late);
// 4. shape 1 whose last closer became an opener (a bracket left open at the end);
// 5. six bracket characters drawn at random (almost always invalid, and early).
// An odd size cannot be balanced: shapes 1 to 4 then build n - 1 characters and add
// a random one at a random place.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  const std::string all = "()[]{}";
  const std::string opens = "([{", closes = ")]}";
  auto any_char = [&] { return all[static_cast<std::size_t>(rng.between(0, 5))]; };
  // A balanced string of length m (even): open while the coin (weighted by `deeper`)
  // says so and openers remain, otherwise close the innermost open bracket.
  auto balanced = [&](int m, double deeper) {
    std::string s, owed;
    int openers = m / 2;
    while (static_cast<int>(s.size()) < m) {
      if (openers > 0 && (owed.empty() || rng.chance(deeper))) {
        const auto k = static_cast<std::size_t>(rng.between(0, 2));
        s.push_back(opens[k]);
        owed.push_back(closes[k]);
        --openers;
      } else {
        s.push_back(owed.back());
        owed.pop_back();
      }
    }
    return s;
  };
  const int even = n - n % 2;
  std::string s;
  const int shape = n <= 12 ? (rng.chance(0.5) ? 0 : 5) : rng.between(1, 5);
  if (shape == 0) {  // small: balanced, perhaps spoiled in one place
    s = balanced(even, 0.5);
    const int spoil = s.size() >= 2 ? rng.between(0, 2) : 0;
    if (spoil == 1) {
      s[static_cast<std::size_t>(rng.between(0, static_cast<int>(s.size()) - 1))] = any_char();
    } else if (spoil == 2) {
      const auto at = static_cast<std::size_t>(rng.between(0, static_cast<int>(s.size()) - 2));
      std::swap(s[at], s[at + 1]);
    }
  } else if (shape == 1) {
    s = balanced(even, rng.chance(0.5) ? 0.5 : 0.6);
  } else if (shape == 2) {
    s = balanced(even, 1.0);
  } else if (shape == 3) {
    s = balanced(even, 0.5);
    const auto at = static_cast<std::size_t>(rng.between(std::max(0, even - 20), even - 1));
    char c = s[at];
    while (c == s[at]) c = any_char();  // a different character: the string cannot stay balanced
    s[at] = c;
  } else if (shape == 4) {
    s = balanced(even, 0.5);
    s.back() = opens[static_cast<std::size_t>(rng.between(0, 2))];
  } else {
    for (int i = 0; i < n; ++i) s.push_back(any_char());
  }
  if (static_cast<int>(s.size()) < n)  // odd n: one character more, anywhere
    s.insert(s.begin() + rng.between(0, static_cast<int>(s.size())), any_char());
  return Json::array({s});
}
