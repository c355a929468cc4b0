// size: the most enqueue and dequeue calls, from 1 to 39 (with size(), LeetCode's
// limit of 40 calls). Producers and consumers are drawn from [1, 8], the capacity
// from [1, 30]; the dequeues are at most the enqueues, and what is left fits the
// capacity (a right queue then never blocks for good); the calls come in a random
// order, the elements from [0, 20].

Json generate(Random& rng, int size) {
  const int most = std::clamp(size, 1, 39);
  const int capacity = rng.between(1, 30);
  const int enqueues =
      rng.between(1, std::max(1, std::min(most, (most + capacity) / 2)));
  const int dequeues = rng.between(std::max(0, enqueues - capacity),
                                   std::min(enqueues, most - enqueues));
  vector<string> order(enqueues, "enqueue");
  order.insert(order.end(), dequeues, "dequeue");
  rng.shuffle(order);
  Json calls = Json::array({"BoundedBlockingQueue"}),
       args = Json::array({Json::array({capacity})});
  for (const auto& call : order) {
    calls.push_back(call);
    args.push_back(call == "enqueue" ? Json::array({rng.between(0, 20)})
                                     : Json::array());
  }
  return Json::array({rng.between(1, 8), rng.between(1, 8), calls, args});
}
