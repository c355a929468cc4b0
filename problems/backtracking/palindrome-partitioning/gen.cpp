// size: the length of s, from 1 to 16 (LeetCode's limits; 0 is raised to 1, larger
// sizes lowered to 16). Shapes:
// 1. letters drawn from all 26: few palindromes longer than one letter;
// 2. letters drawn from two ('a' and 'b'): many palindromes, overlapping;
// 3. one letter throughout ("aaaa..."): every cut works, 2^(n-1) partitions, the
//    most there can be (32768 at length 16);
// 4. two letters alternating ("abab..."): every odd-length piece is a palindrome;
// 5. s itself a palindrome, its letters drawn from three.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 16);
  const int shape = rng.between(1, 5);
  std::string s;
  if (shape == 1) {
    s = letters(rng, n);
  } else if (shape == 2) {
    s = letters(rng, n, 'a', 'b');
  } else if (shape == 3) {
    s.assign(static_cast<std::size_t>(n), static_cast<char>(rng.between('a', 'z')));
  } else if (shape == 4) {
    for (int i = 0; i < n; ++i) s += i % 2 == 0 ? 'a' : 'b';
  } else {
    s = letters(rng, n, 'a', 'c');
    for (int a = 0, b = n - 1; a < b; ++a, --b) s[static_cast<std::size_t>(b)] = s[static_cast<std::size_t>(a)];
  }
  return Json::array({s});
}
