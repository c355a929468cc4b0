// size: the number of nodes, 1 to 30 (0 is raised to 1). The first draw picks
// which node goes: the last (n = 1), the head (n = sz), or any node (n at random).
// Small sizes use the values 0..2, so the removed node's value alone does not say
// which node it was.

// The max-size cases in cases.json are named after the node their seed removes;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int sz = std::clamp(size, 1, 30);
  const int which = rng.between(1, 3);
  const int n = which == 1 ? 1 : which == 2 ? sz : rng.between(1, sz);
  return Json::array({ints(rng, sz, 0, sz <= 8 ? 2 : 100), n});
}
