// size: the number of nodes n, from 1 to 3 * 10^4 (smaller sizes are raised to 1).
// Shapes:
// 1. a random shape (each new node takes a random free child slot);
// 2. a left chain (height n);
// 3. a right chain;
// 4. a zigzag chain: every node a random child of the one above;
// 5. the complete tree.
// Values (drawn right after the shape):
// 0. anything in [-1000, 1000];
// 1. all negative, [-1000, -1]: the answer is the largest single value;
// 2. mostly negative, with one node in ten from [0, 1000];
// 3. all in [0, 1000]: the best path runs from leaf to leaf (or to the root of a chain).

// The max-size cases in cases.json are named after the shape and the values their
// seed gives here; re-check those names when this file changes.

namespace {

using Kids = std::vector<std::array<int, 2>>;  // {left, right} node indices, -1: none; 0 is the root

Kids random_shape(Random& rng, int n) {
  Kids kids(static_cast<std::size_t>(n), {-1, -1});
  std::vector<std::pair<int, int>> free_slots{{0, 0}, {0, 1}};
  for (int i = 1; i < n; ++i) {
    auto k = static_cast<std::size_t>(rng.between(0, static_cast<int>(free_slots.size()) - 1));
    auto [parent, side] = free_slots[k];
    free_slots[k] = free_slots.back();
    free_slots.pop_back();
    kids[static_cast<std::size_t>(parent)][static_cast<std::size_t>(side)] = i;
    free_slots.push_back({i, 0});
    free_slots.push_back({i, 1});
  }
  return kids;
}

// side 0: every node a left child, 1: a right child, 2: either at random.
Kids chain_shape(Random& rng, int n, int side) {
  Kids kids(static_cast<std::size_t>(n), {-1, -1});
  for (int i = 1; i < n; ++i)
    kids[static_cast<std::size_t>(i - 1)][static_cast<std::size_t>(side < 2 ? side : rng.between(0, 1))] = i;
  return kids;
}

Kids complete_shape(int n) {
  Kids kids(static_cast<std::size_t>(n), {-1, -1});
  for (int i = 1; i < n; ++i) kids[static_cast<std::size_t>((i - 1) / 2)][static_cast<std::size_t>((i - 1) % 2)] = i;
  return kids;
}

// The tree in LeetCode's level order, node i holding value[i].
Json level_order(const Kids& kids, const std::vector<int>& value) {
  Json out = Json::array();
  if (kids.empty()) return out;
  std::vector<int> queue{0};
  for (std::size_t h = 0; h < queue.size(); ++h) {
    const int at = queue[h];
    if (at < 0) {
      out.push_back(nullptr);
      continue;
    }
    out.push_back(value[static_cast<std::size_t>(at)]);
    queue.push_back(kids[static_cast<std::size_t>(at)][0]);
    queue.push_back(kids[static_cast<std::size_t>(at)][1]);
  }
  while (!out.empty() && out.back().is_null()) out.erase(out.end() - 1);
  return out;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int shape = rng.between(1, 5);
  const int values = rng.between(0, 3);
  const int n = std::clamp(size, 1, 30000);
  Kids kids = shape == 1   ? random_shape(rng, n)
              : shape == 5 ? complete_shape(n)
                           : chain_shape(rng, n, shape - 2);
  std::vector<int> value(static_cast<std::size_t>(n));
  for (auto& v : value) {
    if (values == 0) v = rng.between(-1000, 1000);
    else if (values == 1) v = rng.between(-1000, -1);
    else if (values == 2) v = rng.chance(0.1) ? rng.between(0, 1000) : rng.between(-1000, -1);
    else v = rng.between(0, 1000);
  }
  return Json::array({level_order(kids, value)});
}
