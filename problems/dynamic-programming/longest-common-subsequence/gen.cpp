// size: the longest either text may be, from 1 to 1000 (0 is raised to 1). Below
// 1000 the lengths are drawn from [1, size]; at 1000 both texts are 1000 long
// except text2 in shape 3. Shapes, with the two texts swapped half of the time:
// 1. both drawn from all 26 letters;
// 2. both drawn from the first 2 to 4 letters: long common subsequences, many ways
//    to pick them;
// 3. text2 is text1 with about half of its characters deleted: the answer is all
//    of text2;
// 4. text2 is text1 after a few random replacements;
// 5. no letter in common (a..m against n..z): the answer is 0;
// 6. text2 equals text1, or is text1 reversed.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int cap = std::clamp(size, 1, 1000);
  auto length = [&] { return cap == 1000 ? cap : rng.extent(1, cap); };
  const int shape = rng.between(1, 6);
  std::string text1, text2;
  if (shape == 1) {
    text1 = letters(rng, length());
    text2 = letters(rng, length());
  } else if (shape == 2) {
    const char last = static_cast<char>('a' + rng.between(1, 3));
    text1 = letters(rng, length(), 'a', last);
    text2 = letters(rng, length(), 'a', last);
  } else if (shape == 3) {
    text1 = letters(rng, length(), 'a', rng.chance(0.5) ? 'z' : 'c');
    for (char c : text1)
      if (rng.chance(0.5)) text2 += c;
    if (text2.empty()) text2 = text1.substr(0, 1);
  } else if (shape == 4) {
    text1 = letters(rng, length());
    text2 = text1;
    const int edits = rng.between(1, std::max(1, cap / 20));
    for (int e = 0; e < edits; ++e)
      text2[static_cast<std::size_t>(rng.between(0, static_cast<int>(text2.size()) - 1))] =
          static_cast<char>(rng.between('a', 'z'));
  } else if (shape == 5) {
    text1 = letters(rng, length(), 'a', 'm');
    text2 = letters(rng, length(), 'n', 'z');
  } else {
    text1 = letters(rng, length());
    text2 = text1;
    if (rng.chance(0.5)) std::reverse(text2.begin(), text2.end());
  }
  if (rng.chance(0.5)) std::swap(text1, text2);
  return Json::array({text1, text2});
}
