// size: the largest numRows, from 1 to 30 (0 is raised to 1); numRows is drawn
// uniformly from [1, size]. The whole input space is only the 30 values of numRows,
// so random inputs add little: cases.json writes the boundary values out by hand
// instead (1, 2, 3, the examples, 13, where factorials leave the int range, and 29
// and 30, the largest rows), and the two size "max" cases are just two more values
// drawn from the full range.

Json generate(Random& rng, int size) {
  const int top = std::clamp(size, 1, 30);
  return Json::array({rng.between(1, top)});
}
