// size: the most digits either number may have, 1 to 100 (0 is raised to 1).
// Shapes (the first draw picks one):
// 1. two numbers of random lengths and random digits;
// 2. both numbers exactly `size` digits long (at the maximum: 100 and 100);
// 3. a carry that runs the whole way: one number all 9s, the other short, so the
//    sum is one digit longer than the longer number;
// 4. one of the numbers is 0 ([0]);
// 5. both numbers all 9s.
// The most significant digit (the last node) is never 0, except in the number 0.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

std::vector<int> number(Random& rng, int digits) {
  std::vector<int> d = ints(rng, digits, 0, 9);
  if (digits > 1 && d.back() == 0) d.back() = rng.between(1, 9);
  return d;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int most = std::clamp(size, 1, 100);
  const int shape = rng.between(1, 5);
  std::vector<int> a, b;
  if (shape == 1) {
    a = number(rng, rng.between(1, most));
    b = number(rng, rng.between(1, most));
  } else if (shape == 2) {
    a = number(rng, most);
    b = number(rng, most);
  } else if (shape == 3) {
    a.assign(static_cast<std::size_t>(rng.between(std::max(1, most - 2), most)), 9);
    b = number(rng, rng.between(1, std::min(3, most)));
    if (b.size() == 1 && b[0] == 0) b[0] = 1;
  } else if (shape == 4) {
    a = number(rng, rng.between(1, most));
    b = {0};
  } else {
    a.assign(static_cast<std::size_t>(rng.between(1, most)), 9);
    b.assign(static_cast<std::size_t>(rng.between(1, most)), 9);
  }
  if (rng.chance(0.5)) std::swap(a, b);
  return Json::array({a, b});
}
