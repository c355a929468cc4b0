// size: the number of nodes. Small sizes use a narrow value range so repeated
// values (which a wrong answer could shuffle unnoticed) are common.

Json generate(Random& rng, int size) {
  int n = std::max(0, size);
  int bound = n <= 8 ? 3 : 5000;
  return Json::array({ints(rng, n, -bound, bound)});
}
