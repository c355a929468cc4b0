// size: the length of s, from 1 to 300 (0 is raised to 1). Small sizes (<= 12) use
// the letters a and b and 1 to 6 words of 1 to 4 letters: half the time s is glued
// from the words (then maybe one letter changed), half the time it is random. Larger
// sizes take one of these shapes, with min(1000, 4 * size) words (1000 at the
// maximum), all different, 1 to 20 letters each:
// 1. the trap: s is n - 1 letters a and one b, at the end or at the front, and the
//    words are a, aa, ..., up to twenty a's, plus filler words of the letters c..z.
//    The answer is false, and a cut-and-recurse search without memory takes
//    exponential time to find that out (from the left when the b is at the end,
//    from the right when it is at the front);
// 2. s glued from words of 3 to 20 letters over a..c, and the other words over a..c
//    too, so many words match in many places: the answer is true;
// 3. the same, with one letter of s changed to a z, which no word holds: false;
// 4. s is n letters a, and the only words without c..z are two runs of a's, of p
//    and q letters (2 <= p < q <= 20): true exactly when n = p x + q y for some
//    x, y >= 0. Half the time p and q are multiples of some d that does not divide
//    n, so the answer is false;
// 5. random letters a and b, and 1 to 30 random words of 1 to 6 letters a and b.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

// Adds random words of `lo`..`hi` letters from `from`..`to` to `words` until it holds
// `count` words.
void fill_words(Random& rng, std::set<std::string>& words, std::size_t count, int lo, int hi,
                char from, char to) {
  while (words.size() < count) words.insert(letters(rng, rng.between(lo, hi), from, to));
}

}  // namespace

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 300);
  std::string s;
  std::set<std::string> words;
  const int shape = n <= 12 ? 0 : rng.between(1, 5);
  const std::size_t count = static_cast<std::size_t>(std::min(1000, 4 * n));
  if (shape == 0) {
    fill_words(rng, words, static_cast<std::size_t>(rng.between(1, 6)), 1, 4, 'a', 'b');
    if (rng.chance(0.5)) {
      std::vector<std::string> list(words.begin(), words.end());
      while (static_cast<int>(s.size()) < n) {
        std::string w = rng.pick(list);
        if (static_cast<int>(s.size() + w.size()) > n) break;
        s += w;
      }
      if (s.empty()) s = letters(rng, n, 'a', 'b');
      if (rng.chance(0.3))
        s[static_cast<std::size_t>(rng.between(0, static_cast<int>(s.size()) - 1))] ^= 'a' ^ 'b';
    } else {
      s = letters(rng, rng.between(1, n), 'a', 'b');
    }
  } else if (shape == 1) {
    s = std::string(static_cast<std::size_t>(n - 1), 'a');
    if (rng.chance(0.5))
      s += 'b';
    else
      s = "b" + s;
    for (int len = 1; len <= 20 && words.size() < count; ++len)
      words.insert(std::string(static_cast<std::size_t>(len), 'a'));
    fill_words(rng, words, count, 1, 20, 'c', 'z');
  } else if (shape == 2 || shape == 3) {
    // Cut n into pieces of 3..20 letters (every piece leaves 0 or at least 3).
    int left = n;
    while (left > 0) {
      int len = left <= 20 ? left : rng.between(3, 20);
      if (left - len > 0 && left - len < 3) len = left - 3;
      if (len < 3) len = left;  // only when n itself is under 3, which shape 0 covers
      std::string piece = letters(rng, len, 'a', 'c');
      words.insert(piece);
      s += piece;
      left -= len;
    }
    fill_words(rng, words, std::max(count, words.size()), 3, 20, 'a', 'c');
    if (shape == 3) s[static_cast<std::size_t>(rng.between(0, n - 1))] = 'z';
  } else if (shape == 4) {
    s = std::string(static_cast<std::size_t>(n), 'a');
    int p = rng.between(2, 19);
    int q = rng.between(p + 1, 20);
    std::vector<int> blocked;  // d with n % d != 0 and two multiples of d up to 20
    for (int d = 2; d <= 10; ++d)
      if (n % d != 0) blocked.push_back(d);
    if (!blocked.empty() && rng.chance(0.5)) {
      const int d = rng.pick(blocked);
      p = d * rng.between(1, 20 / d - 1);
      q = d * rng.between(p / d + 1, 20 / d);
    }
    words.insert(std::string(static_cast<std::size_t>(p), 'a'));
    words.insert(std::string(static_cast<std::size_t>(q), 'a'));
    fill_words(rng, words, count, 1, 20, 'c', 'z');
  } else {
    s = letters(rng, n, 'a', 'b');
    fill_words(rng, words, static_cast<std::size_t>(rng.between(1, 30)), 1, 6, 'a', 'b');
  }
  std::vector<std::string> dict(words.begin(), words.end());
  rng.shuffle(dict);
  return Json::array({s, dict});
}
