// size: the longest either word can be (at the maximum, 500, the words are that long).
// Small sizes use the letters a..c, so common letters and equal words come up often;
// half of the time one word is the other after a few random edits, which gives small
// distances between long words.

Json generate(Random& rng, int size) {
  int longest = std::clamp(size, 0, 500);
  char last = size <= 20 ? 'c' : 'z';
  auto length = [&] { return longest == 500 ? 500 : rng.extent(0, longest); };
  std::string word1 = letters(rng, length(), 'a', last);
  std::string word2;
  if (rng.chance(0.5)) {
    word2 = word1;
    int edits = rng.between(0, std::max(1, longest / 10));
    for (int e = 0; e < edits; ++e) {
      int op = rng.between(0, 2);
      if (op == 0 && static_cast<int>(word2.size()) < longest) {
        word2.insert(word2.begin() + rng.between(0, static_cast<int>(word2.size())),
                     static_cast<char>(rng.between('a', last)));
      } else if (op == 1 && !word2.empty()) {
        word2.erase(word2.begin() + rng.between(0, static_cast<int>(word2.size()) - 1));
      } else if (!word2.empty()) {
        word2[static_cast<std::size_t>(rng.between(0, static_cast<int>(word2.size()) - 1))] =
            static_cast<char>(rng.between('a', last));
      }
    }
  } else {
    word2 = letters(rng, length(), 'a', last);
  }
  if (rng.chance(0.5)) std::swap(word1, word2);
  return Json::array({word1, word2});
}
