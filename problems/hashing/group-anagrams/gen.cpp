// size: the number of strings, from 1 to 10^4 (0 is raised to 1). Every string is a
// shuffle of one of a few random "roots", so anagrams share a group and equal strings
// repeat. Small sizes use roots of 0 to 3 letters from "abc": empty strings, one-letter
// strings and same-letters-other-counts pairs ("aab", "abb") come up often. Larger sizes
// use roots of 0 to 100 letters, sometimes all exactly 100, from the full alphabet or
// from "ab" only, with one root (a single group), up to 50 roots (big groups) or about
// one root per string (many small groups).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  const bool small = n <= 10;
  const int shape = rng.between(0, 2);
  const int roots = small ? rng.between(1, n) : shape == 0 ? 1 : shape == 1 ? rng.between(2, 50) : n;
  const bool longest = !small && rng.chance(0.3);
  const char top = small ? 'c' : rng.chance(0.2) ? 'b' : 'z';
  std::vector<std::string> root(static_cast<std::size_t>(roots));
  for (auto& r : root) r = letters(rng, longest ? 100 : rng.between(0, small ? 3 : 100), 'a', top);
  Json strs = Json::array();
  for (int i = 0; i < n; ++i) {
    std::string s = rng.pick(root);
    for (std::size_t k = s.size(); k > 1; --k)
      std::swap(s[k - 1], s[static_cast<std::size_t>(rng.between(0, static_cast<int>(k) - 1))]);
    strs.push_back(std::move(s));
  }
  return Json::array({std::move(strs)});
}
