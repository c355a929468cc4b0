// size: the number of calls after the constructor, from 0 to 3 * 10^4 (LeetCode's
// limit on calls). pop, top and getMin are only called on a non-empty stack, as
// LeetCode promises. Small sizes (<= 20) push values from [-3, 3], so the minimum
// is often pushed twice and one copy popped. Larger sizes take one of these shapes:
// 1. a random mix of the four calls, values from the whole int range, its two ends
//    included now and then;
// 2. the same with values from [-5, 5]: many equal minima on the stack at once;
// 3. n / 2 pushes of values that mostly go down (a new minimum almost every time,
//    some repeated), then pops, each followed by getMin or top: the minimum changes
//    back on nearly every pop;
// 4. n / 2 pushes, then getMin over and over on the full stack (slow for a getMin
//    that scans the stack).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int calls = std::clamp(size, 0, 30000);
  const long long lo = INT_MIN, hi = INT_MAX;
  const int shape = calls <= 20 ? 0 : rng.between(1, 4);
  Json names = Json::array({"MinStack"});
  Json args = Json::array({Json::array()});
  names.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  args.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  int height = 0;  // values on the stack now
  auto push = [&](long long v) {
    names.push_back("push");
    args.push_back(Json::array({static_cast<int>(v)}));
    ++height;
  };
  auto query = [&](const char* name) {  // pop, top or getMin: only on a non-empty stack
    names.push_back(name);
    args.push_back(Json::array());
    if (std::string_view(name) == "pop") --height;
  };
  auto value = [&] {
    if (shape == 0) return rng.between(-3LL, 3LL);
    if (shape == 2) return rng.between(-5LL, 5LL);
    if (rng.chance(0.02)) return rng.chance(0.5) ? lo : hi;
    return rng.between(lo, hi);
  };
  if (shape <= 2) {
    for (int i = 0; i < calls; ++i) {
      const int pick = rng.between(0, 9);
      if (height == 0 || pick < 4) push(value());
      else query(pick < 6 ? "pop" : pick < 8 ? "top" : "getMin");
    }
  } else {
    const int pushes = calls / 2;
    long long v = rng.between(0LL, hi);
    for (int i = 0; i < pushes; ++i) {
      if (shape == 3 && !rng.chance(0.1)) v = std::max(lo, v - rng.between(1LL, 200000LL));  // down, or repeated
      push(shape == 3 ? v : value());
    }
    for (int i = pushes; i < calls; ++i) {
      if (shape == 4) query("getMin");
      else if (height > 0 && (i - pushes) % 2 == 0) query("pop");
      else if (height > 0) query(rng.chance(0.7) ? "getMin" : "top");
      else push(value());
    }
  }
  return Json::array({std::move(names), std::move(args)});
}
