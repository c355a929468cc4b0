// size: the most hits in all, from 0 to 10^4. One to three hit phases, each
// with 1 to 16 threads (at most one per hit) whose times spread over 0 ms,
// 10 ms, one second or more after the latest time so far (so that buckets a
// second apart meet); a query phase of 1 to 4 threads follows each (and one
// case in five also queries before any hit), asking at times after the hits,
// at exactly 999 and 1000 ms after one of them, or at the latest time
// itself. Times start near 0, or one case in four near 10^9.

Json generate(Random& rng, int size) {
  int left = rng.extent(0, std::clamp(size, 0, 10'000));
  long long latest = rng.chance(0.25) ? rng.between(0LL, 999'990'000LL)
                                      : rng.between(0LL, 1500LL);
  vector<long long> last_hits;  // the hit times of the latest hit phase
  Json phases = Json::array(), times = Json::array();
  auto query = [&] {
    Json lists = Json::array();
    long long most = latest;
    for (int q = rng.between(1, 4); q > 0; --q) {
      vector<long long> list;
      for (int n = rng.between(1, 4); n > 0; --n) {
        long long t = latest + rng.between(0LL, 1200LL);
        const int kind = rng.between(0, 5);
        if (kind == 0) t = latest;
        if (kind >= 1 && kind <= 2 && !last_hits.empty())
          t = std::max(latest, rng.pick(last_hits) + 999 + (kind - 1));
        list.push_back(t);
        most = std::max(most, t);
      }
      std::sort(list.begin(), list.end());
      lists.push_back(list);
    }
    phases.push_back("qps");
    times.push_back(lists);
    latest = most;
  };
  if (rng.chance(0.2)) query();
  const int hit_phases = rng.between(1, 3);
  for (int p = 0; p < hit_phases; ++p) {
    const int n = p + 1 == hit_phases ? left : rng.between(0, left);
    left -= n;
    const int threads = rng.between(1, std::clamp(n, 1, 16));
    const long long span = rng.pick(vector<long long>{0, 9, 999, 1000, 2500});
    vector<vector<long long>> lists(static_cast<std::size_t>(threads));
    last_hits.clear();
    for (int i = 0; i < n; ++i) {
      const long long t = latest + rng.between(0LL, span);
      lists[static_cast<std::size_t>(rng.between(0, threads - 1))].push_back(t);
      last_hits.push_back(t);
    }
    for (auto& list : lists) std::sort(list.begin(), list.end());
    phases.push_back("hit");
    times.push_back(lists);
    for (const long long t : last_hits) latest = std::max(latest, t);
    query();
  }
  return Json::array({phases, times});
}
