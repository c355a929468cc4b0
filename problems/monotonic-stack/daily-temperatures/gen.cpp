// size: the number of days. Small sizes use temperatures 30..34 (repeats, so
// "warmer" must mean strictly warmer); a third of the inputs are sorted down,
// so no day has a warmer one after it and every answer is 0.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 100000);
  int hi = size <= 20 ? 34 : 100;
  std::vector<int> temperatures = ints(rng, n, 30, hi);
  if (rng.between(0, 2) == 0) std::sort(temperatures.rbegin(), temperatures.rend());
  return Json::array({temperatures});
}
