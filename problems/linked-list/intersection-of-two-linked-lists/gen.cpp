// size: the longest a list may be. A quarter of the cases share nothing; the rest
// share a tail of random length (the whole of one list now and then). Small sizes
// use values 1..2, so the lists look alike even where they do not meet, and only
// node identity tells the shared part apart.

Json generate(Random& rng, int size) {
  int most = std::max(1, size);
  int bound = most <= 8 ? 2 : 100000;
  bool meet = !rng.chance(0.25);
  int shared = meet ? rng.between(1, most) : 0;
  int own_a = rng.between(meet ? 0 : 1, most - shared);
  int own_b = rng.between(meet ? 0 : 1, most - shared);
  if (meet && rng.chance(0.2)) (rng.chance(0.5) ? own_a : own_b) = 0;
  std::vector<int> tail = ints(rng, shared, 1, bound);
  std::vector<int> a = ints(rng, own_a, 1, bound);
  std::vector<int> b = ints(rng, own_b, 1, bound);
  a.insert(a.end(), tail.begin(), tail.end());
  b.insert(b.end(), tail.begin(), tail.end());
  int intersect = meet ? tail[0] : 0;
  return Json::array({intersect, std::move(a), std::move(b), own_a, own_b});
}
