// size: the number of calls after the constructor. Small sizes use a tiny key
// range and capacity so hits, misses, updates and evictions all happen.

Json generate(Random& rng, int size) {
  int calls = std::max(0, size);
  bool small = calls <= 50;
  int capacity = small ? rng.between(1, 3) : rng.between(1, 3000);
  int max_key = small ? 5 : 10000;
  Json names = Json::array({"LRUCache"});
  Json args = Json::array({Json::array({capacity})});
  names.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  args.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  for (int i = 0; i < calls; ++i) {
    int key = rng.between(0, max_key);
    if (rng.chance(0.5)) {
      names.push_back("get");
      args.push_back(Json::array({key}));
    } else {
      names.push_back("put");
      args.push_back(Json::array({key, rng.between(0, 100000)}));
    }
  }
  return Json::array({std::move(names), std::move(args)});  // moved: a copy doubled the work
}
