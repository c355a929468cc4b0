// size: the number of nodes, from 1 to 10^4 (0 is raised to 1). Shapes, for any size:
// 1. random: each new node hangs on a free child slot picked at random;
// 2. a path, one node per level: all left children, all right children, zigzag
//    (left, right, left, ...) or a random turn at each step: the diameter is the
//    whole path, n - 1 edges, with one end at the root;
// 3. complete: every level full but the last, which fills from the left;
// 4. a long path with random turns holding half the nodes, the other half hung on
//    free slots anywhere;
// 5. a broom: a handle of about n / 5 nodes from the root, with random turns, and at
//    its far end two long arms that share the rest: the longest path turns at the
//    end of the handle, far below the root.
// Trees of up to 12 nodes take values from [-3, 3]; larger ones from [-100, 100]
// (values do not change the answer).

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

// Adds nodes until s has n, each on a free child slot picked at random.
void grow(Random& rng, Shape& s, int n) {
  if (n <= 0) return;
  if (s.size() == 0) s.add();
  std::vector<std::pair<int, bool>> free;  // (parent, right side?)
  for (int i = 0; i < s.size(); ++i) {
    if (s.left[static_cast<std::size_t>(i)] < 0) free.push_back({i, false});
    if (s.right[static_cast<std::size_t>(i)] < 0) free.push_back({i, true});
  }
  while (s.size() < n) {
    auto k = static_cast<std::size_t>(rng.between(0, static_cast<int>(free.size()) - 1));
    auto [parent, right] = free[k];
    free[k] = free.back();
    free.pop_back();
    const int c = s.add();
    (right ? s.right : s.left)[static_cast<std::size_t>(parent)] = c;
    free.push_back({c, false});
    free.push_back({c, true});
  }
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

// Adds a path of k nodes below node `from` (its first node on side `right`), with
// random turns after that.
void arm(Random& rng, Shape& s, int from, bool right, int k) {
  int at = from;
  for (int i = 0; i < k; ++i) {
    const int c = s.add();
    const bool side = i == 0 ? right : rng.chance(0.5);
    (side ? s.right : s.left)[static_cast<std::size_t>(at)] = c;
    at = c;
  }
}

}  // namespace

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 10000);
  const int shape = rng.between(1, 5);
  Shape s;
  if (shape == 1) {
    grow(rng, s, n);
  } else if (shape == 2) {
    s = path(rng, n, rng.between(0, 3));
  } else if (shape == 3) {
    s = complete(n);
  } else if (shape == 4) {
    s = path(rng, (n + 1) / 2, 3);
    grow(rng, s, n);
  } else {
    const int handle = std::max(1, n / 5);
    s = path(rng, handle, 3);
    const int rest = n - handle;
    arm(rng, s, handle - 1, false, rest / 2);
    arm(rng, s, handle - 1, true, rest - rest / 2);
  }
  const int span = n <= 12 ? 3 : 100;
  return Json::array({level_order(s, ints(rng, n, -span, span))});
}
