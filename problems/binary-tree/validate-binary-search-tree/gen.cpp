// size: the number of nodes, from 1 to 10^4 (0 is raised to 1). A valid tree is made
// by taking a shape and writing distinct sorted values into it in inorder. Shapes:
// 1. valid, random shape;
// 2. valid, a path: all left children, all right children, zigzag, or a random turn
//    at each step (at 10^4 nodes, as deep as a tree gets);
// 3. valid, then one node takes the value of one of its ancestors (any, not only its
//    parent), or the value one past it on the wrong side: invalid, though every
//    parent and child may still be in order;
// 4. valid, then two nodes swap values: invalid;
// 5. valid, then one node takes the value of its inorder neighbour: invalid by a tie;
// 6. random values in a random shape: almost never valid beyond a few nodes.
// Values: trees of up to 12 nodes draw from [-6, 6], larger ones from the whole int
// range; either way, half of the trees have INT_MIN as their smallest value and half
// INT_MAX as their largest.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

// A tree's shape: node 0 is the root, left[i] / right[i] / parent[i] are node
// indices or -1.
struct Shape {
  std::vector<int> left, right, parent;
  int size() const { return static_cast<int>(left.size()); }
  int add(int from, bool right_side) {
    left.push_back(-1);
    right.push_back(-1);
    parent.push_back(from);
    const int c = size() - 1;
    if (from >= 0) (right_side ? right : left)[static_cast<std::size_t>(from)] = c;
    return c;
  }
};

Shape random_shape(Random& rng, int n) {
  Shape s;
  s.add(-1, false);
  std::vector<std::pair<int, bool>> free{{0, false}, {0, true}};  // (parent, right side?)
  for (int i = 1; i < n; ++i) {
    auto k = static_cast<std::size_t>(rng.between(0, static_cast<int>(free.size()) - 1));
    auto [p, right] = free[k];
    free[k] = free.back();
    free.pop_back();
    const int c = s.add(p, right);
    free.push_back({c, false});
    free.push_back({c, true});
  }
  return s;
}

// lean: 0 all left, 1 all right, 2 zigzag, 3 a random turn at each step.
Shape path(Random& rng, int n, int lean) {
  Shape s;
  s.add(-1, false);
  for (int i = 1; i < n; ++i)
    s.add(i - 1, lean == 1 || (lean == 2 && i % 2 == 0) || (lean == 3 && rng.chance(0.5)));
  return s;
}

// The nodes in inorder, without recursion.
std::vector<int> inorder(const Shape& s) {
  std::vector<int> out, stack;
  int cur = 0;
  while (cur >= 0 || !stack.empty()) {
    while (cur >= 0) {
      stack.push_back(cur);
      cur = s.left[static_cast<std::size_t>(cur)];
    }
    cur = stack.back();
    stack.pop_back();
    out.push_back(cur);
    cur = s.right[static_cast<std::size_t>(cur)];
  }
  return out;
}

// LeetCode's level order, node i holding val[i], trailing nulls dropped.
Json level_order(const Shape& s, const std::vector<long long>& val) {
  Json out = Json::array();
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
  const int n = std::clamp(size, 1, 10000);
  const int shape = rng.between(1, 6);
  const Shape s = shape == 2 ? path(rng, n, rng.between(0, 3)) : random_shape(rng, n);
  const long long lo = INT_MIN, hi = INT_MAX;
  const bool small = n <= 12;
  std::vector<int> sorted = small ? sorted_distinct(rng, n, -6, 6) : sorted_distinct(rng, n, INT_MIN, INT_MAX);
  if (rng.chance(0.5)) sorted.front() = INT_MIN;  // still distinct: the rest are larger
  if (rng.chance(0.5) && (n > 1 || sorted.back() != INT_MIN)) sorted.back() = INT_MAX;
  std::vector<long long> val(static_cast<std::size_t>(n));
  const std::vector<int> order = inorder(s);
  for (std::size_t k = 0; k < order.size(); ++k) val[static_cast<std::size_t>(order[k])] = sorted[k];
  if (n > 1 && shape == 3) {
    // A node and one of its ancestors: the node moves onto or just past the ancestor.
    const int x = rng.between(1, n - 1);
    std::vector<std::pair<int, bool>> ancestors;  // (ancestor, x is in its right subtree?)
    for (int c = x, p = s.parent[static_cast<std::size_t>(x)]; p >= 0;
         c = p, p = s.parent[static_cast<std::size_t>(p)])
      ancestors.push_back({p, s.right[static_cast<std::size_t>(p)] == c});
    const auto [a, right] = rng.pick(ancestors);
    long long v = val[static_cast<std::size_t>(a)];
    if (rng.chance(0.5)) v += right ? -1 : 1;  // one past it, on the wrong side
    val[static_cast<std::size_t>(x)] = std::clamp(v, lo, hi);
  } else if (n > 1 && shape == 4) {
    const int a = rng.between(0, n - 1);
    int b = rng.between(0, n - 2);
    if (b >= a) ++b;
    std::swap(val[static_cast<std::size_t>(a)], val[static_cast<std::size_t>(b)]);
  } else if (n > 1 && shape == 5) {
    const auto k = static_cast<std::size_t>(rng.between(0, n - 2));  // order[k] and order[k + 1]
    if (rng.chance(0.5))
      val[static_cast<std::size_t>(order[k])] = val[static_cast<std::size_t>(order[k + 1])];
    else
      val[static_cast<std::size_t>(order[k + 1])] = val[static_cast<std::size_t>(order[k])];
  } else if (shape == 6) {
    for (auto& v : val)
      v = small ? rng.between(-6LL, 6LL) : rng.chance(0.02) ? (rng.chance(0.5) ? lo : hi) : rng.between(lo, hi);
  }
  return Json::array({level_order(s, val)});
}
