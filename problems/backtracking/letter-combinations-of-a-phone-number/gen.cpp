// size: the length of digits, from 0 to 4 (LeetCode's limit; larger sizes are
// lowered to 4). Shapes:
// 1. keys drawn from 2..9;
// 2. keys drawn from 7 and 9 only, the two with four letters: the most strings
//    (4^4 = 256 at length 4);
// 3. one key pressed size times ("2222"): every letter of it in every position.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 0, 4);
  const int shape = rng.between(1, 3);
  std::string digits;
  const char key = static_cast<char>('0' + rng.between(2, 9));
  for (int i = 0; i < n; ++i) {
    if (shape == 1) digits += static_cast<char>('0' + rng.between(2, 9));
    else if (shape == 2) digits += rng.chance(0.5) ? '7' : '9';
    else digits += key;
  }
  return Json::array({digits});
}
