// size: the amount. Small sizes use 1..4 coins from 1..12, so greedy-breaking sets,
// duplicates and unreachable amounts (e.g. all coins even) come up often; now and
// then a coin is far larger than the amount, up to 2^31 - 1. At the largest sizes
// there are up to 12 coins with values across the whole range.

Json generate(Random& rng, int size) {
  int amount = std::clamp(size, 0, 10000);
  bool small = size <= 40;
  int count = small ? rng.between(1, 4) : rng.between(1, 12);
  int top = small ? 12 : 10000;
  bool all_even = rng.chance(0.15);
  std::vector<int> coins;
  for (int i = 0; i < count; ++i) {
    int c = rng.chance(0.1) ? rng.between(top, std::numeric_limits<int>::max())
                            : rng.between(1, top);
    if (all_even && c % 2 == 1) c = c == std::numeric_limits<int>::max() ? c - 1 : c + 1;
    coins.push_back(c);
  }
  return Json::array({coins, amount});
}
