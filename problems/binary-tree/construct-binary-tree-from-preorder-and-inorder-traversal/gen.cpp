// size: the number of nodes n, from 1 to 3000 (smaller sizes are raised to 1). The
// values are n distinct integers from [-3000, 3000] in random places; the case is
// the pre-order and the in-order of one tree. Shapes:
// 1. a random shape (each new node takes a random free child slot);
// 2. a left chain: the in-order is the pre-order reversed;
// 3. a right chain: the two orders are equal;
// 4. a zigzag chain: every node a random child of the one above;
// 5. the complete tree.

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

// Node indices in pre-order and in in-order, without recursion.
std::vector<int> pre_order(const Kids& kids) {
  std::vector<int> order, todo{0};
  while (!todo.empty()) {
    const int node = todo.back();
    todo.pop_back();
    order.push_back(node);
    for (int side : {1, 0})  // the left child on top: visited first
      if (kids[static_cast<std::size_t>(node)][static_cast<std::size_t>(side)] >= 0)
        todo.push_back(kids[static_cast<std::size_t>(node)][static_cast<std::size_t>(side)]);
  }
  return order;
}

std::vector<int> in_order(const Kids& kids) {
  std::vector<int> order, path;
  int node = 0;
  while (node >= 0 || !path.empty()) {
    for (; node >= 0; node = kids[static_cast<std::size_t>(node)][0]) path.push_back(node);
    node = path.back();
    path.pop_back();
    order.push_back(node);
    node = kids[static_cast<std::size_t>(node)][1];
  }
  return order;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int shape = rng.between(1, 5);
  const int n = std::clamp(size, 1, 3000);
  Kids kids = shape == 1   ? random_shape(rng, n)
              : shape == 5 ? complete_shape(n)
                           : chain_shape(rng, n, shape - 2);
  std::vector<int> value = sorted_distinct(rng, n, -3000, 3000);
  rng.shuffle(value);  // node i holds value[i]
  std::vector<int> preorder, inorder;
  for (int node : pre_order(kids)) preorder.push_back(value[static_cast<std::size_t>(node)]);
  for (int node : in_order(kids)) inorder.push_back(value[static_cast<std::size_t>(node)]);
  return Json::array({preorder, inorder});
}
