// size: the most nodes, 0 to 100. The first draw picks the parity: an even number
// of nodes (size, or size - 1 when size is odd) or an odd one (size, or size - 1
// when size is even), so both the last-node-stays-put case and the all-pairs case
// come at every size. Small sizes use the values 0..2: repeated values.

// The max-size cases in cases.json are named after the parity their seed gives;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int most = std::clamp(size, 0, 100);
  const bool odd = rng.chance(0.5);
  int n = most;
  if (n > 0 && (n % 2 == 1) != odd) --n;
  return Json::array({ints(rng, n, 0, most <= 8 ? 2 : 100)});
}
