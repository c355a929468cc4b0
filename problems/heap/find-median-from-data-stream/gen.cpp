// size: the number of calls after the constructor, from 0 to 5 * 10^4 (LeetCode's
// limit on calls). The first call is always addNum, so findMedian never meets an
// empty finder, as LeetCode promises. Small sizes (<= 20) add values from [-3, 3]
// in a random mix of calls, so equal values straddle the middle. Larger sizes take
// one of these shapes:
// 1. a random mix (60% addNum), values from [-10^5, 10^5];
// 2. increasing values, findMedian after every addNum (each value lands above the
//    median, so the halves rebalance on every second call);
// 3. decreasing values, findMedian after every addNum;
// 4. one value, added over and over, findMedian after every addNum;
// 5. the two extremes -10^5 and 10^5 in random order, findMedian after every
//    addNum (averages of opposite extremes);
// 6. half the calls add random values, the other half ask for the median;
// 7. values from [0, 100] only (the follow-up's case), a random mix.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int calls = std::clamp(size, 0, 50000);
  const int limit = 100000;
  const int shape = calls <= 20 ? 0 : rng.between(1, 7);
  Json names = Json::array({"MedianFinder"});
  Json args = Json::array({Json::array()});
  names.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  args.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  auto add = [&](int v) {
    names.push_back("addNum");
    args.push_back(Json::array({v}));
  };
  auto ask = [&] {
    names.push_back("findMedian");
    args.push_back(Json::array());
  };
  if (shape == 0 || shape == 1 || shape == 7) {
    const int lo = shape == 0 ? -3 : shape == 1 ? -limit : 0;
    const int hi = shape == 0 ? 3 : shape == 1 ? limit : 100;
    for (int i = 0; i < calls; ++i) {
      if (i == 0 || rng.chance(0.6)) add(rng.between(lo, hi));
      else ask();
    }
  } else if (shape <= 5) {
    const int adds = (calls + 1) / 2;
    std::vector<int> values;
    if (shape == 4) {
      values.assign(static_cast<std::size_t>(adds), rng.between(-limit, limit));
    } else if (shape == 5) {
      for (int i = 0; i < adds; ++i) values.push_back(rng.chance(0.5) ? -limit : limit);
    } else {
      values = ints(rng, adds, -limit, limit);
      std::sort(values.begin(), values.end());
      if (shape == 3) std::reverse(values.begin(), values.end());
    }
    for (int i = 0; i < calls; ++i) {
      if (i % 2 == 0) add(values[static_cast<std::size_t>(i / 2)]);
      else ask();
    }
  } else {
    const int adds = (calls + 1) / 2;
    for (int i = 0; i < calls; ++i) {
      if (i < adds) add(rng.between(-limit, limit));
      else ask();
    }
  }
  return Json::array({std::move(names), std::move(args)});
}
