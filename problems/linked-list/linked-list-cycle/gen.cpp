// size: the number of nodes, 0 to 10^4. Shapes (the first draw picks one):
// 1. the list ends (pos = -1);
// 2. the last node links back to the head: the loop is the whole list;
// 3. the last node links to itself: a long tail, then a loop of one;
// 4. the last node links back to a random node.
// Small sizes use the values -1..1, so a loop found by comparing values instead of
// nodes goes wrong; large sizes use the whole range. An empty list always ends.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::max(0, size);
  const int shape = rng.between(1, 4);
  const int bound = n <= 8 ? 1 : 100000;
  int pos = -1;
  if (n > 0) {
    if (shape == 2) pos = 0;
    else if (shape == 3) pos = n - 1;
    else if (shape == 4) pos = rng.between(0, n - 1);
  }
  return Json::array({ints(rng, n, -bound, bound), pos});
}
