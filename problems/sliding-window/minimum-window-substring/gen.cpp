// size: the length of s, up to 10^5; t is 1 to size + 1 characters long (mostly at
// most half of s). Small sizes draw both strings from 2 to 4 characters mixing cases
// ("aAbB"), so several windows often tie for the shortest and t is sometimes longer
// than s or needs a character s lacks. At the maximum, s uses all 52 letters and t
// is either short or as long as s (a shuffle of s: the answer is all of s).

Json generate(Random& rng, int size) {
  const int n = std::max(1, std::min(size, 100000));
  std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  if (n <= 20) {
    const std::string pool = "aAbB";
    alphabet = pool.substr(0, static_cast<std::size_t>(rng.between(2, 4)));
  }
  auto draw = [&](int len) {
    std::string out(static_cast<std::size_t>(len), ' ');
    for (char& c : out) c = alphabet[static_cast<std::size_t>(rng.between(0, static_cast<int>(alphabet.size()) - 1))];
    return out;
  };
  std::string s = draw(n);
  std::string t;
  if (n >= 100000 && rng.chance(0.5)) {
    t = s;
    for (std::size_t i = t.size(); i > 1; --i)
      std::swap(t[i - 1], t[static_cast<std::size_t>(rng.between(0, static_cast<int>(i) - 1))]);
  } else {
    const int len = n > 20            ? rng.between(1, 60)
                      : rng.chance(0.15) ? n + 1  // longer than s: no window
                                         : rng.between(1, n / 2 + 1);
    const bool from_s = rng.chance(0.7);
    for (int i = 0; i < len; ++i)
      t += from_s ? s[static_cast<std::size_t>(rng.between(0, n - 1))] : draw(1)[0];
  }
  return Json::array({s, t});
}
