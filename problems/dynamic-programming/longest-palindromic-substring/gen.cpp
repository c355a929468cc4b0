// size: the length of s, from 1 to 1000 (0 is raised to 1). Characters are digits
// and English letters, upper and lower case (which differ). Shapes:
// 1. every character drawn from all 62: the answer is short, often one of many ties;
// 2. every character drawn from two (such as 'a' and 'b', 'A' and 'a', '0' and
//    '1'): long palindromes, overlapping and tied;
// 3. one character throughout: the whole of s (the slowest input for widening
//    from every middle);
// 4. random text over all 62 characters with one long palindrome written over it
//    (odd or even length, at least a quarter of s);
// 5. random text with two palindromes of the same length written over it, apart:
//    either one is right;
// 6. two characters alternating ("ababab..."): the whole of s when its length is
//    odd, else two ties of length n - 1.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

const std::string kAll = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

char any(Random& rng) { return kAll[static_cast<std::size_t>(rng.between(0, 61))]; }

std::string palindrome(Random& rng, int len) {
  std::string p(static_cast<std::size_t>(len), ' ');
  for (int a = 0, b = len - 1; a <= b; ++a, --b) p[static_cast<std::size_t>(a)] = p[static_cast<std::size_t>(b)] = any(rng);
  return p;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 1000);
  const int shape = rng.between(1, 6);
  std::string s;
  for (int i = 0; i < n; ++i) s += any(rng);
  if (shape == 2 || shape == 6) {
    const std::string pairs[] = {"ab", "Aa", "01", "xY"};
    const std::string two = pairs[rng.between(0, 3)];
    for (int i = 0; i < n; ++i)
      s[static_cast<std::size_t>(i)] = two[static_cast<std::size_t>(shape == 6 ? i % 2 : rng.between(0, 1))];
  } else if (shape == 3) {
    s.assign(static_cast<std::size_t>(n), any(rng));
  } else if (shape == 4) {
    const int len = rng.between(std::max(1, n / 4), n);
    s.replace(static_cast<std::size_t>(rng.between(0, n - len)), static_cast<std::size_t>(len), palindrome(rng, len));
  } else if (shape == 5 && n >= 2) {
    const int len = rng.between(1, n / 2);
    const int first = rng.between(0, n - 2 * len), second = rng.between(first + len, n - len);
    s.replace(static_cast<std::size_t>(first), static_cast<std::size_t>(len), palindrome(rng, len));
    s.replace(static_cast<std::size_t>(second), static_cast<std::size_t>(len), palindrome(rng, len));
  }
  return Json::array({s});
}
