// size: the length of s, from 1 to 500 (0 is raised to 1). Small sizes (<= 10) use
// the first k letters, k from 1 to 4, so single parts, runs and letters shared by
// far-apart positions are all common. Larger sizes take one of these shapes:
// 1. letters from the first k of the alphabet, k from 1 to 26 (mostly one part);
// 2. blocks: the alphabet dealt out to up to 26 blocks, each block written with its
//    own letters only, in random order (many parts, some blocks split further);
// 3. chains: each part links its letters c1, c2, ..., cm so that each one's last
//    occurrence lies after the next one's first (c1 c2 c1 c3 c2 ... cm c(m-1) cm),
//    then is padded with more of its letters inside it: a part ends only after
//    m - 1 extensions, not at the last occurrence of its first letter;
// 4. one letter throughout, or random letters with the same letter first and last
//    (a single part);
// 5. runs: up to 26 runs, each of one letter (one part per run).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

// `count` different letters (count <= 26) in random order, dealt into `groups`
// non-empty groups (groups <= count).
std::vector<std::string> deal_letters(Random& rng, int count, int groups) {
  std::vector<char> alphabet;
  for (char c = 'a'; c <= 'z'; ++c) alphabet.push_back(c);
  rng.shuffle(alphabet);
  std::vector<std::string> out(static_cast<std::size_t>(groups));
  for (int i = 0; i < count; ++i) {
    const int g = i < groups ? i : rng.between(0, groups - 1);
    out[static_cast<std::size_t>(g)] += alphabet[static_cast<std::size_t>(i)];
  }
  return out;
}

// n split into `parts` lengths of at least 1 each (needs parts <= n).
std::vector<int> lengths(Random& rng, int n, int parts) {
  std::vector<int> len(static_cast<std::size_t>(parts), 1);
  for (int extra = n - parts; extra > 0; --extra) ++len[static_cast<std::size_t>(rng.between(0, parts - 1))];
  return len;
}

char any_of(Random& rng, const std::string& letters) {
  return letters[static_cast<std::size_t>(rng.between(0, static_cast<int>(letters.size()) - 1))];
}

}  // namespace

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 500);
  std::string s;
  const int shape = n <= 10 ? 0 : rng.between(1, 5);
  if (shape == 0) {
    s = letters(rng, n, 'a', static_cast<char>('a' + rng.between(0, 3)));
  } else if (shape == 1) {
    s = letters(rng, n, 'a', static_cast<char>('a' + rng.between(0, 25)));
  } else if (shape == 2) {
    const int blocks = rng.between(1, std::min(26, n));
    const auto groups = deal_letters(rng, 26, blocks);
    const auto len = lengths(rng, n, blocks);
    for (std::size_t b = 0; b < groups.size(); ++b)
      for (int k = 0; k < len[b]; ++k) s += any_of(rng, groups[b]);
  } else if (shape == 3) {
    const int count = std::min(26, n / 2);  // a chain of m letters is 2m long
    const auto groups = deal_letters(rng, count, rng.between(1, std::max(1, count / 2)));
    std::vector<std::string> chains;
    for (const auto& g : groups) {
      std::string chain(1, g[0]);
      for (std::size_t j = 1; j < g.size(); ++j) (chain += g[j]) += g[j - 1];
      chains.push_back(chain + g.back());
    }
    for (int extra = n - 2 * count; extra > 0; --extra) {  // more of a part's letters, strictly inside it
      auto& chain = chains[static_cast<std::size_t>(rng.between(0, static_cast<int>(chains.size()) - 1))];
      const char c = any_of(rng, chain);
      chain.insert(chain.begin() + rng.between(1, static_cast<int>(chain.size()) - 1), c);
    }
    for (const auto& chain : chains) s += chain;
  } else if (shape == 4) {
    const char c = static_cast<char>(rng.between('a', 'z'));
    s = rng.chance(0.5) ? std::string(static_cast<std::size_t>(n), c) : letters(rng, n);
    s.front() = s.back() = c;
  } else {
    const int runs = rng.between(1, std::min(26, n));
    const auto groups = deal_letters(rng, runs, runs);
    const auto len = lengths(rng, n, runs);
    for (std::size_t r = 0; r < groups.size(); ++r) s += std::string(static_cast<std::size_t>(len[r]), groups[r][0]);
  }
  return Json::array({s});
}
