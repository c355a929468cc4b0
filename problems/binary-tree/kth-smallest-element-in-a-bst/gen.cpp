// size: the number of nodes n, from 1 to 10^4 (smaller sizes are raised to 1). The
// values are n distinct integers from [0, 10^4], placed so that an in-order walk
// meets them in increasing order: every tree is a valid BST. Shapes:
// 1. a random shape (each new node takes a random free child slot);
// 2. a left chain: every node the left child of the one above, the smallest value
//    deepest (height n);
// 3. a right chain: the smallest value at the root, the largest deepest;
// 4. a zigzag chain: every node a random child of the one above;
// 5. the complete tree (height log n).
// k is 1, n, the middle, or anywhere in [1, n], each a quarter of the time.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

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

// Node indices in in-order (left subtree, node, right subtree), without recursion.
std::vector<int> in_order(const Kids& kids) {
  std::vector<int> order, path;
  int node = kids.empty() ? -1 : 0;
  while (node >= 0 || !path.empty()) {
    for (; node >= 0; node = kids[static_cast<std::size_t>(node)][0]) path.push_back(node);
    node = path.back();
    path.pop_back();
    order.push_back(node);
    node = kids[static_cast<std::size_t>(node)][1];
  }
  return order;
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
  const int n = std::clamp(size, 1, 10000);
  Kids kids = shape == 1 ? random_shape(rng, n)
              : shape == 5 ? complete_shape(n)
                           : chain_shape(rng, n, shape - 2);
  const std::vector<int> sorted = sorted_distinct(rng, n, 0, 10000);
  std::vector<int> value(static_cast<std::size_t>(n));
  const std::vector<int> order = in_order(kids);
  for (std::size_t i = 0; i < order.size(); ++i) value[static_cast<std::size_t>(order[i])] = sorted[i];
  int k = 1;
  switch (rng.between(0, 3)) {
    case 0: k = 1; break;
    case 1: k = n; break;
    case 2: k = (n + 1) / 2; break;
    default: k = rng.between(1, n);
  }
  return Json::array({level_order(kids, value), k});
}
