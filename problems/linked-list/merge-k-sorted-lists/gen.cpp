// size: the number of nodes in all, N, 0 to 10^4. Every list has at most 500 nodes.
// Shapes (the first draw picks one):
// 1. a random number of lists k (enough to hold N; smaller counts are likelier),
//    the nodes spread at random;
// 2. many lists: k = N (10^4 at the maximum), most of one node, many empty;
// 3. few long lists: as many lists of 500 nodes as N allows, the last shorter;
// 4. random k, values from a narrow range of 5, so ties cross between lists;
// 5. k lists (up to 10^4; small sizes: up to 10) that are all empty: no nodes.
// Values come from [-10^4, 10^4] (small sizes: -3..3). Small sizes draw k from
// 0..N + 2, so no lists, empty lists and single lists all come up.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int total = std::clamp(size, 0, 10000);
  const int cap = 500;
  const int fewest = (total + cap - 1) / cap;  // lists needed to hold every node
  const int shape = rng.between(1, 5);
  const int bound = total <= 8 ? 3 : 10000;
  int k;
  int nodes = total;
  std::vector<int> lengths;
  if (total <= 8 && shape != 5) {
    k = rng.between(std::max(fewest, total == 0 ? 0 : 1), total + 2);
  } else if (shape == 1 || shape == 4) {
    const int least = std::max(1, fewest);
    k = rng.between(least, rng.between(least, 10000));
  } else if (shape == 2) {
    k = std::max(1, total);
  } else if (shape == 3) {
    k = fewest;
  } else {
    k = rng.between(1, total <= 8 ? 10 : 10000);
    nodes = 0;
  }
  lengths.assign(static_cast<std::size_t>(k), 0);
  if (shape == 3 && total > 8) {
    for (int i = 0; i < k; ++i) lengths[static_cast<std::size_t>(i)] = std::min(cap, total - i * cap);
  } else {
    for (int t = 0; t < nodes; ++t) {
      int i = rng.between(0, k - 1);
      while (lengths[static_cast<std::size_t>(i)] == cap) i = (i + 1) % k;
      ++lengths[static_cast<std::size_t>(i)];
    }
  }
  int lo = -bound, hi = bound;
  if (shape == 4) {
    lo = rng.between(-bound, bound - 4);
    hi = lo + 4;
  }
  Json lists = Json::array();
  for (int len : lengths) {
    std::vector<int> v = ints(rng, len, lo, hi);
    std::sort(v.begin(), v.end());
    lists.push_back(v);
  }
  return Json::array({lists});
}
