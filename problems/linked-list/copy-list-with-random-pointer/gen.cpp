// size: the number of nodes, 0 to 1000. Each random pointer is null (a quarter of
// the time) or any node, itself included; with values from a narrow range at small
// sizes, so a copy that links by value instead of by node goes wrong. At the largest
// sizes one shape in three points every random pointer backwards to the head, and
// one in three points each at itself.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 0, 1000);
  const int bound = n <= 8 ? 2 : 10000;
  const int shape = rng.between(0, 2);
  Json rows = Json::array();
  for (int i = 0; i < n; ++i) {
    Json random;  // null
    if (shape == 1 && n > 8) random = 0;
    else if (shape == 2 && n > 8) random = i;
    else if (!rng.chance(0.25)) random = rng.between(0, n - 1);
    rows.push_back(Json::array({rng.between(-bound, bound), random}));
  }
  return Json::array({rows});
}
