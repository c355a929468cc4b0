// size: the number of bars. Small sizes use heights 0..4 (ties, zero-height gaps,
// flat runs). A quarter of the inputs are sorted up, a quarter sorted down (long
// runs that fill the stack), a quarter all at the top height (the answer n * hi).

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 100000);
  int hi = size <= 20 ? 4 : 10000;
  std::vector<int> heights = ints(rng, n, 0, hi);
  int shape = rng.between(0, 3);
  if (shape == 1) std::sort(heights.begin(), heights.end());
  if (shape == 2) std::sort(heights.rbegin(), heights.rend());
  if (shape == 3) std::fill(heights.begin(), heights.end(), hi);
  return Json::array({heights});
}
