// size: the length of nums (at least 1) and the number of sumRange calls (0 allowed).
// Small sizes use values in [-5, 5], so ranges often cancel to zero; the maximum
// uses the full value range. A third of the calls ask for one element or for
// the whole array.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 10000);
  int calls = std::clamp(size, 0, 10000);
  int limit = n <= 10 ? 5 : 100000;
  Json names = Json::array({"NumArray"});
  Json args = Json::array({Json::array({ints(rng, n, -limit, limit)})});
  names.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  args.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  for (int c = 0; c < calls; ++c) {
    int left = rng.between(0, n - 1), right = rng.between(left, n - 1);
    int shape = rng.between(0, 5);
    if (shape == 0) right = left;                 // a single element
    if (shape == 1) left = 0, right = n - 1;      // the whole array
    names.push_back("sumRange");
    args.push_back(Json::array({left, right}));
  }
  return Json::array({std::move(names), std::move(args)});  // moved: a copy doubled the work
}
