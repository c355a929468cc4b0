// size: the most rounds, from 1 to 1000. The rate is 1 to 5 tokens a second,
// or up to 10^6 one case in four; the burst 1 to 5, or up to 10^6 one case
// in eight. Each round's k is drawn from [1, 16] (fewer when the rounds are
// many: at most 10^4 calls in all). Each round comes 0, a fraction of, or a
// few times the time one token takes (10^6 / rate microseconds) after the
// previous one, sometimes one microsecond short of a whole token, and now
// and then after a jump of up to 10^12 in all.

Json generate(Random& rng, int size) {
  const int n = rng.extent(1, std::clamp(size, 1, 1000));
  const long long rate =
      rng.chance(0.25) ? rng.between(1LL, 1'000'000LL) : rng.between(1LL, 5LL);
  const long long burst =
      rng.chance(0.125) ? rng.between(1LL, 1'000'000LL) : rng.between(1LL, 5LL);
  const long long token = (1'000'000 + rate - 1) / rate;  // µs, rounded up
  const int most_k = std::clamp(10'000 / n, 1, 16);
  const long long end = 1'000'000'000'000;
  Json rounds = Json::array();
  long long now = rng.chance(0.5) ? 0 : rng.between(0LL, 3 * token);
  for (int i = 0; i < n; ++i) {
    if (i > 0) {
      const int kind = rng.between(0, 19);
      long long step = 0;  // 0-2: same time
      if (kind >= 3 && kind < 10) step = rng.between(1LL, token);  // a part
      if (kind >= 10 && kind < 16) step = token * rng.between(1, 4);
      if (kind >= 16 && kind < 19) step = token * rng.between(1, 3) - 1;
      if (kind == 19) step = rng.between(0LL, (end - now) / 4);  // a jump
      now = std::min(end, now + step);
    }
    rounds.push_back(Json::array({now, rng.between(1, most_k)}));
  }
  return Json::array({rate, burst, rounds});
}
