// size: the length of s, from 0 to 3 * 10^4. Shapes, for any size:
// 1. each bracket drawn at random, '(' and ')' equally likely (short stretches);
// 2. the same with one bracket more likely (60 / 40, either way round);
// 3. all of s one well-formed stretch (a random bracket word; an odd length gets
//    one stray bracket at the front or the back);
// 4. random well-formed blocks of varied lengths, each pair of neighbours parted by
//    one stray bracket, the same throughout: a '(' that nothing closes or a ')'
//    that nothing opened. The answer is the longest block, and blocks must not be
//    glued across a stray;
// 5. "()()()..." side by side, or "((...))" nested as deep as s allows;
// 6. nothing matches: all '(', all ')', or all ')' followed by all '('.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

// A well-formed bracket word of even length len, every prefix opening at least as
// many brackets as it closes.
std::string well_formed(Random& rng, int len) {
  std::string out;
  out.reserve(static_cast<std::size_t>(len));
  int opened = 0, open_now = 0;
  while (static_cast<int>(out.size()) < len) {
    const bool can_open = opened < len / 2, can_close = open_now > 0;
    if (can_open && (!can_close || rng.chance(0.5))) {
      out += '(';
      ++opened, ++open_now;
    } else {
      out += ')';
      --open_now;
    }
  }
  return out;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 0, 30000);
  std::string s;
  const int shape = rng.between(1, 6);
  if (shape == 1 || shape == 2) {
    const double open = shape == 1 ? 0.5 : (rng.chance(0.5) ? 0.6 : 0.4);
    for (int i = 0; i < n; ++i) s += rng.chance(open) ? '(' : ')';
  } else if (shape == 3) {
    s = well_formed(rng, n - n % 2);
    if (n % 2 == 1) {
      const char stray = rng.chance(0.5) ? '(' : ')';
      s = rng.chance(0.5) ? stray + s : s + stray;
    }
  } else if (shape == 4) {
    const char stray = rng.chance(0.5) ? '(' : ')';
    while (static_cast<int>(s.size()) < n) {
      const int room = n - static_cast<int>(s.size());
      const int len = std::min(room - room % 2, 2 * rng.between(1, std::max(1, n / 20 + 1)));
      s += well_formed(rng, len);
      if (static_cast<int>(s.size()) < n) s += stray;
    }
  } else if (shape == 5) {
    if (rng.chance(0.5)) {
      for (int i = 0; i < n; ++i) s += i % 2 == 0 ? '(' : ')';
    } else {
      s = std::string(static_cast<std::size_t>(n / 2), '(') + std::string(static_cast<std::size_t>(n / 2), ')');
      if (n % 2 == 1) s += '(';
    }
  } else {
    const int kind = rng.between(0, 2);
    const int split = kind == 0 ? n : kind == 1 ? 0 : rng.between(0, n);
    s = std::string(static_cast<std::size_t>(n - split), ')') + std::string(static_cast<std::size_t>(split), '(');
  }
  return Json::array({s});
}
