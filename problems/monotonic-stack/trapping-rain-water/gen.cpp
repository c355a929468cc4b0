// size: the number of bars. Small sizes use heights 0..4 (flat stretches, equal
// walls, pools inside pools). A quarter of the inputs are sorted, so no water stays;
// a quarter are a bowl, two walls at the top height around low ground; a quarter are
// an empty bowl, walls at the top height around zeros (the largest possible answer).

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 20000);
  int hi = size <= 20 ? 4 : 100000;
  std::vector<int> height = ints(rng, n, 0, hi);
  int shape = rng.between(0, 3);
  if (shape == 1) std::sort(height.begin(), height.end());
  if (shape == 2) {
    for (auto& h : height) h = rng.between(0, hi / 4);
    height.front() = hi;
    height.back() = hi;
  }
  if (shape == 3) {
    std::fill(height.begin(), height.end(), 0);
    height.front() = hi;
    height.back() = hi;
  }
  return Json::array({height});
}
