// size: the number of nodes n, from 0 (the empty tree) to 100. Values come from
// [-100, 100]. Shapes:
// 1. a random shape (each new node takes a random free child slot);
// 2. a left chain: every node the left child of the one above, so every node is
//    seen, none of them a right child;
// 3. the complete tree: the view is its right edge;
// 4. the left subtree deeper than the right one: the root's right subtree is a small
//    random tree, its left subtree a zigzag chain (every node a random child of the
//    one above), so the view crosses from the right subtree into the left one;
// 5. a zigzag chain.

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

// A new root with `left` and `right` (either may be empty) as its subtrees.
Kids join(const Kids& left, const Kids& right) {
  Kids kids{{left.empty() ? -1 : 1, right.empty() ? -1 : 1 + static_cast<int>(left.size())}};
  for (const Kids* part : {&left, &right}) {
    const int offset = static_cast<int>(kids.size());
    for (auto [l, r] : *part) kids.push_back({l < 0 ? -1 : l + offset, r < 0 ? -1 : r + offset});
  }
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
  const int n = std::clamp(size, 0, 100);
  Kids kids;
  if (shape == 1) {
    kids = random_shape(rng, n);
  } else if (shape == 2) {
    kids = chain_shape(rng, n, 0);
  } else if (shape == 3) {
    kids = complete_shape(n);
  } else if (shape == 4 && n >= 3) {
    const int right = rng.between(1, std::max(1, (n - 1) / 4));
    kids = join(chain_shape(rng, n - 1 - right, 2), random_shape(rng, right));
  } else {
    kids = chain_shape(rng, n, 2);
  }
  return Json::array({level_order(kids, ints(rng, n, -100, 100))});
}
