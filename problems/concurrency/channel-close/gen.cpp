// size: the most values in all, from 0 to 1000. Capacity is drawn from [1, 100],
// producers and receivers from [1, 8], each producer's values so that all of
// them are at most size; one case in three closes early, after a random number
// of values were received.

Json generate(Random& rng, int size) {
  const int most = std::clamp(size, 0, 1000);
  const int producers = rng.between(1, 8);
  const int each = rng.between(0, most / producers);
  const int close_after =
      rng.between(0, 2) == 0 ? rng.between(0, producers * each) : -1;
  return Json::array(
      {rng.between(1, 100), producers, each, rng.between(1, 8), close_after});
}
