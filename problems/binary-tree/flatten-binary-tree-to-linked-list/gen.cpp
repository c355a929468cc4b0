// size: the number of nodes n, from 0 (the empty tree) to 2000. Values come from
// [-100, 100] ([-3, 3] for n <= 10, so equal values are common). Shapes:
// 1. a random shape (each new node takes a random free child slot);
// 2. a left chain: every node the left child of the one above (all of it must move
//    to the right);
// 3. a right chain: already flat, nothing to change;
// 4. the complete tree;
// 5. a zigzag chain: every node a random child of the one above.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

using Kids = std::vector<std::array<int, 2>>;  // {left, right} node indices, -1: none; 0 is the root

Kids random_shape(Random& rng, int n) {
  Kids kids(static_cast<std::size_t>(n), {-1, -1});
  if (n == 0) return kids;
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
  const int n = std::clamp(size, 0, 2000);
  const int span = n <= 10 ? 3 : 100;
  Kids kids = shape == 1   ? random_shape(rng, n)
              : shape == 4 ? complete_shape(n)
              : shape == 2 ? chain_shape(rng, n, 0)
              : shape == 3 ? chain_shape(rng, n, 1)
                           : chain_shape(rng, n, 2);
  return Json::array({level_order(kids, ints(rng, n, -span, span))});
}
