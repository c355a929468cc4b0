// size: the number of nodes. A quarter of the lists end without a cycle; the rest
// link back to a random node, the head and the tail included. Small sizes use a
// narrow value range, so an answer found by value instead of by node goes wrong.

Json generate(Random& rng, int size) {
  int n = std::max(0, size);
  int bound = n <= 8 ? 2 : 100000;
  int pos = -1;
  if (n > 0 && !rng.chance(0.25)) {
    switch (rng.between(0, 3)) {
      case 0: pos = 0; break;
      case 1: pos = n - 1; break;
      default: pos = rng.between(0, n - 1);
    }
  }
  return Json::array({ints(rng, n, -bound, bound), pos});
}
