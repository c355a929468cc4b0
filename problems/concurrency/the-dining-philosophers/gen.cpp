// size: the largest n, from 1 to 60 (LeetCode's limit): n is drawn from [1, size].

Json generate(Random& rng, int size) {
  return Json::array({rng.between(1, std::clamp(size, 1, 60))});
}
