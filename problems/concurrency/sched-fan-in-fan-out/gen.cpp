// size: the number of jobs, from 0 to 10^4. Small cases draw values from a
// narrow range (repeated jobs), few workers and small capacities (0 included);
// large ones the whole ranges.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 0, 10000);
  const bool small = size <= 10;
  const int span = small ? 5 : 10000;
  Json jobs = Json::array();
  for (int i = 0; i < n; ++i) jobs.push_back(rng.between(-span, span));
  const int workers = rng.between(1, small ? 8 : 64);
  const int capacity = rng.between(0, small ? 3 : 100);
  return Json::array({jobs, workers, capacity});
}
