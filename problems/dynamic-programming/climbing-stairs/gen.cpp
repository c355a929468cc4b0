// size: the largest n, from 1 to 45 (0 is raised to 1); n is drawn uniformly from
// [1, size]. The whole input space is only the 45 values of n, so random inputs add
// little: cases.json writes the boundary values out by hand instead (n = 1, 2, 3,
// the examples, and n = 44 and 45, whose answers come close to INT_MAX), and the two
// size "max" cases are just two more values drawn from the full range.

Json generate(Random& rng, int size) {
  const int top = std::clamp(size, 1, 45);
  return Json::array({rng.between(1, top)});
}
