// size: the number of nodes n, from 2 to 10^5 (smaller sizes are raised to 2). The
// values are n distinct integers, from [-10, 10] when n <= 10 and from [-10^9, 10^9]
// otherwise, in random places. Shapes:
// 1. a random shape (each new node takes a random free child slot);
// 2. a left chain (height n: one of p and q is always an ancestor of the other);
// 3. a right chain;
// 4. a zigzag chain: every node a random child of the one above;
// 5. the complete tree.
// p and q (drawn right after the shape), then in either order:
// 0. two random different nodes;
// 1. a node and one of its ancestors (the answer is one of the two);
// 2. two random leaves, when the tree has two (the answer is usually high up);
// 3. the root and a random other node (the answer is the root).

// The max-size cases in cases.json are named after the shape (and the choice of p
// and q) their seed gives here; re-check those names when this file changes.

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

// n distinct values from [lo, hi] (needs hi - lo + 1 >= n), in random order. Draws,
// sorts and drops repeats until there are n: O(n log n) even for a huge range.
std::vector<int> distinct_values(Random& rng, int n, int lo, int hi) {
  std::vector<int> v;
  while (static_cast<int>(v.size()) < n) {
    while (static_cast<int>(v.size()) < n) v.push_back(rng.between(lo, hi));
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  }
  rng.shuffle(v);
  return v;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int shape = rng.between(1, 5);
  int pick = rng.between(0, 3);
  const int n = std::clamp(size, 2, 100000);
  Kids kids = shape == 1   ? random_shape(rng, n)
              : shape == 5 ? complete_shape(n)
                           : chain_shape(rng, n, shape - 2);
  const int span = n <= 10 ? 10 : 1000000000;
  const std::vector<int> value = distinct_values(rng, n, -span, span);  // node i holds value[i]

  std::vector<int> parent(static_cast<std::size_t>(n), -1), leaves;
  for (int i = 0; i < n; ++i) {
    const auto [l, r] = kids[static_cast<std::size_t>(i)];
    if (l >= 0) parent[static_cast<std::size_t>(l)] = i;
    if (r >= 0) parent[static_cast<std::size_t>(r)] = i;
    if (l < 0 && r < 0) leaves.push_back(i);
  }
  if (pick == 2 && leaves.size() < 2) pick = 0;
  int a = 0, b = 0;
  if (pick == 0) {
    a = rng.between(0, n - 1);
    b = rng.between(0, n - 2);
    if (b >= a) ++b;
  } else if (pick == 1) {
    a = rng.between(1, n - 1);  // not the root, so it has an ancestor
    int depth = 0;
    for (int x = a; x != 0; x = parent[static_cast<std::size_t>(x)]) ++depth;
    b = a;
    for (int up = rng.between(1, depth); up > 0; --up) b = parent[static_cast<std::size_t>(b)];
  } else if (pick == 2) {
    rng.shuffle(leaves);
    a = leaves[0];
    b = leaves[1];
  } else {
    a = 0;
    b = rng.between(1, n - 1);
  }
  if (rng.chance(0.5)) std::swap(a, b);
  return Json::array({level_order(kids, value), value[static_cast<std::size_t>(a)], value[static_cast<std::size_t>(b)]});
}
