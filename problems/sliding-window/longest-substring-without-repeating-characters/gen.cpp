// size: the length of s, from 0 (the empty string) to 5 * 10^4. Small sizes draw from
// 1 to 4 characters that include a space and a symbol, so repeats are everywhere;
// larger sizes draw from all 95 printable ASCII characters, or from a random slice
// of them.

Json generate(Random& rng, int size) {
  const int n = std::max(0, std::min(size, 50000));
  std::string alphabet;
  if (n <= 20) {
    const std::string pool = "a b!";
    alphabet = pool.substr(0, static_cast<std::size_t>(rng.between(1, 4)));
  } else {
    const int from = n >= 50000 ? ' ' : rng.between(' ', '~');
    const int to = n >= 50000 ? '~' : rng.between(from, '~');
    for (int c = from; c <= to; ++c) alphabet += static_cast<char>(c);
  }
  std::string s(static_cast<std::size_t>(n), ' ');
  for (char& c : s)
    c = alphabet[static_cast<std::size_t>(rng.between(0, static_cast<int>(alphabet.size()) - 1))];
  return Json::array({s});
}
