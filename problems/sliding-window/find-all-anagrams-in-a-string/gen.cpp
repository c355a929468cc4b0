// size: the length of s, up to 3 * 10^4. Small sizes use 1 to 3 letters so anagrams
// overlap and repeat, and p is sometimes longer than s. Most of the time p is a
// shuffled piece of s, so at least one anagram exists; otherwise p is random. At larger
// sizes p has at most 50 letters (often at most 4, so matches are many), and at the
// maximum it is now and then a shuffle of all of s.

Json generate(Random& rng, int size) {
  const int n = std::max(1, std::min(size, 30000));
  const bool small = n <= 20;
  const char top = static_cast<char>(small ? 'a' + rng.between(0, 2) : rng.between('b', 'z'));
  std::string s = letters(rng, n, 'a', top);
  auto shuffled = [&](std::string w) {
    for (std::size_t i = w.size(); i > 1; --i)
      std::swap(w[i - 1], w[static_cast<std::size_t>(rng.between(0, static_cast<int>(i) - 1))]);
    return w;
  };
  std::string p;
  if (n >= 30000 && rng.chance(0.25)) {
    p = shuffled(s);
  } else {
    const int k = small ? rng.between(1, n + 1) : rng.between(1, rng.chance(0.5) ? 4 : 50);
    if (k <= n && rng.chance(0.7)) {
      p = shuffled(s.substr(static_cast<std::size_t>(rng.between(0, n - k)), static_cast<std::size_t>(k)));
    } else {
      p = letters(rng, k, 'a', top);
    }
  }
  return Json::array({s, p});
}
