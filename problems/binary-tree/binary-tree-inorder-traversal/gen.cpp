// size: the number of nodes, from 0 (the empty tree) to 100. Shapes, for any size:
// 1. random: each new node hangs on a free child slot picked at random;
// 2. a path, one node per level: all left children, all right children, zigzag
//    (left, right, left, ...) or a random turn at each step;
// 3. complete: every level full but the last, which fills from the left.
// Trees of up to 12 nodes take values from [-3, 3] (repeats are common); larger
// ones from the whole range [-100, 100], its two ends included now and then.

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

namespace {

// A tree's shape: node 0 is the root, left[i] / right[i] are child indices or -1.
struct Shape {
  std::vector<int> left, right;
  int add() {
    left.push_back(-1);
    right.push_back(-1);
    return static_cast<int>(left.size()) - 1;
  }
};

Shape random_shape(Random& rng, int n) {
  Shape s;
  if (n <= 0) return s;
  s.add();
  std::vector<std::pair<int, bool>> free{{0, false}, {0, true}};  // (parent, right side?)
  for (int i = 1; i < n; ++i) {
    auto k = static_cast<std::size_t>(rng.between(0, static_cast<int>(free.size()) - 1));
    auto [parent, right] = free[k];
    free[k] = free.back();
    free.pop_back();
    const int c = s.add();
    (right ? s.right : s.left)[static_cast<std::size_t>(parent)] = c;
    free.push_back({c, false});
    free.push_back({c, true});
  }
  return s;
}

// lean: 0 all left, 1 all right, 2 zigzag, 3 a random turn at each step.
Shape path(Random& rng, int n, int lean) {
  Shape s;
  for (int i = 0; i < n; ++i) {
    const int c = s.add();
    if (i == 0) continue;
    const bool right = lean == 1 || (lean == 2 && i % 2 == 0) || (lean == 3 && rng.chance(0.5));
    (right ? s.right : s.left)[static_cast<std::size_t>(c - 1)] = c;
  }
  return s;
}

Shape complete(int n) {
  Shape s;
  for (int i = 0; i < n; ++i) s.add();
  for (int i = 0; i < n; ++i) {
    if (2 * i + 1 < n) s.left[static_cast<std::size_t>(i)] = 2 * i + 1;
    if (2 * i + 2 < n) s.right[static_cast<std::size_t>(i)] = 2 * i + 2;
  }
  return s;
}

// LeetCode's level order, node i holding val[i], trailing nulls dropped.
Json level_order(const Shape& s, const std::vector<int>& val) {
  Json out = Json::array();
  if (s.left.empty()) return out;
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
  const int n = std::clamp(size, 0, 100);
  const int shape = rng.between(1, 3);
  Shape s = shape == 1 ? random_shape(rng, n) : shape == 2 ? path(rng, n, rng.between(0, 3)) : complete(n);
  const int span = n <= 12 ? 3 : 100;
  std::vector<int> val = ints(rng, n, -span, span);
  for (auto& v : val)
    if (span == 100 && rng.chance(0.05)) v = rng.chance(0.5) ? -100 : 100;
  return Json::array({level_order(s, val)});
}
