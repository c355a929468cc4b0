// size: the number of nodes, from 1 to 1000 (0 is raised to 1). A symmetric tree
// has an odd number of nodes (the root and two mirrored halves), so the symmetric
// shapes use size - 1 nodes when size is even. Shapes:
// 1. symmetric: a random half, its mirror image, and the root between them;
// 2. symmetric, then one value changed at a random node below the root (its mirror
//    partner keeps the old value): false, but only deep down;
// 3. symmetric, then one node with a single child moves that child to its other
//    side (no such node: a value changes instead): same values, wrong shape;
// 4. a random tree (for more than a handful of nodes, almost never symmetric);
// 5. symmetric V: the half is a path with random turns, so the tree is two mirrored
//    paths, about size / 2 levels deep.
// Trees of up to 13 nodes take values from [-2, 2]; larger ones from [-100, 100].

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

// A tree's shape: node 0 is the root, left[i] / right[i] are child indices or -1.
struct Shape {
  std::vector<int> left, right;
  int size() const { return static_cast<int>(left.size()); }
  int add() {
    left.push_back(-1);
    right.push_back(-1);
    return size() - 1;
  }
};

// n nodes, each new one on a free child slot picked at random; or, with path, a
// chain with a random turn at each step.
Shape half(Random& rng, int n, bool path) {
  Shape s;
  if (n <= 0) return s;
  s.add();
  std::vector<std::pair<int, bool>> free{{0, false}, {0, true}};  // (parent, right side?)
  for (int i = 1; i < n; ++i) {
    std::pair<int, bool> slot;
    if (path) {
      slot = {i - 1, rng.chance(0.5)};
    } else {
      auto k = static_cast<std::size_t>(rng.between(0, static_cast<int>(free.size()) - 1));
      slot = free[k];
      free[k] = free.back();
      free.pop_back();
    }
    const int c = s.add();
    (slot.second ? s.right : s.left)[static_cast<std::size_t>(slot.first)] = c;
    free.push_back({c, false});
    free.push_back({c, true});
  }
  return s;
}

// LeetCode's level order, node i holding val[i], trailing nulls dropped.
Json level_order(const Shape& s, const std::vector<int>& val) {
  Json out = Json::array();
  if (s.size() == 0) return out;
  std::vector<int> queue{0};
  for (std::size_t h = 0; h < queue.size(); ++h) {
    const int at = queue[h];
    if (at < 0) {
      out.push_back(nullptr);
      continue;
    }
    const auto i = static_cast<std::size_t>(at);
    out.push_back(val[i]);
    queue.push_back(s.left[i]);
    queue.push_back(s.right[i]);
  }
  while (!out.empty() && out.back().is_null()) out.erase(out.end() - 1);
  return out;
}

}  // namespace

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 1000);
  const int shape = rng.between(1, 5);
  const int span = n <= 13 ? 2 : 100;
  if (shape == 4) {
    const Shape s = half(rng, n, false);
    return Json::array({level_order(s, ints(rng, n, -span, span))});
  }
  // The root is node 0, the half is nodes 1..m, its mirror image nodes m+1..2m
  // (node k of the half is the partner of node k + m).
  const int m = (n - 1) / 2;
  const Shape h = half(rng, m, shape == 5);
  const std::vector<int> hv = ints(rng, m, -span, span);
  Shape s;
  std::vector<int> val{rng.between(-span, span)};
  for (int i = 0; i < 2 * m + 1; ++i) s.add();
  auto shift = [](int child, int by) { return child < 0 ? -1 : child + by; };
  for (int k = 0; k < m; ++k) {
    const auto a = static_cast<std::size_t>(k + 1), b = static_cast<std::size_t>(k + 1 + m);
    const auto hk = static_cast<std::size_t>(k);
    s.left[a] = shift(h.left[hk], 1);
    s.right[a] = shift(h.right[hk], 1);
    s.left[b] = shift(h.right[hk], 1 + m);  // the mirror: sides swapped
    s.right[b] = shift(h.left[hk], 1 + m);
  }
  for (int k = 0; k < m; ++k) val.push_back(hv[static_cast<std::size_t>(k)]);
  for (int k = 0; k < m; ++k) val.push_back(hv[static_cast<std::size_t>(k)]);
  if (m > 0) {
    s.left[0] = 1;
    s.right[0] = 1 + m;
  }
  auto change_a_value = [&] {
    auto& v = val[static_cast<std::size_t>(rng.between(1, 2 * m))];
    v = v == span ? v - 1 : v + 1;
  };
  if (shape == 2 && m > 0) change_a_value();
  if (shape == 3 && m > 0) {
    std::vector<int> one_child;
    for (int i = 1; i <= 2 * m; ++i)
      if ((s.left[static_cast<std::size_t>(i)] < 0) != (s.right[static_cast<std::size_t>(i)] < 0))
        one_child.push_back(i);
    if (one_child.empty()) {
      change_a_value();
    } else {
      const auto i = static_cast<std::size_t>(rng.pick(one_child));
      std::swap(s.left[i], s.right[i]);
    }
  }
  return Json::array({level_order(s, val)});
}
