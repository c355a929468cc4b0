// Accepts any tree that follows the three rules of the statement, checked in this
// order, and names the first rule that fails:
// 1. a binary search tree: every value larger than everything in its left subtree
//    and smaller than everything in its right subtree;
// 2. exactly the values of nums (one node per value, none missing, none extra);
// 3. height-balanced: at every node the two subtrees' heights differ by at most one.
// A hand-written case's expected tree is held to the same rules, so a wrong case is
// reported as such. Nothing here recurses: a path-shaped answer of 10^4 nodes is fine.

namespace {

std::string show(const Json& v) {
  std::string s = v.dump();
  return s.size() <= 80 ? s : s.substr(0, 77) + "...";
}

// A tree decoded from LeetCode's level order: node 0 is the root (when there is
// one); children always come after their parent.
struct Tree {
  std::vector<long long> val;
  std::vector<int> left, right;
};

// The tree, or throws std::invalid_argument saying why the level order is not one.
Tree decode(const Json& level) {
  Tree t;
  if (!level.is_array()) throw std::invalid_argument("the answer must be a tree, got " + show(level));
  if (level.empty() || level[0].is_null()) return t;
  auto add = [&](std::size_t i) {
    if (!level[i].is_number_integer())
      throw std::invalid_argument("position " + std::to_string(i) + " of the level order holds " +
                                  show(level[i]) + ", not a value or null");
    t.val.push_back(level[i].get<long long>());
    t.left.push_back(-1);
    t.right.push_back(-1);
    return static_cast<int>(t.val.size()) - 1;
  };
  add(0);
  std::size_t parent = 0, i = 1;
  while (i < level.size()) {
    if (parent >= t.val.size())
      throw std::invalid_argument("position " + std::to_string(i) +
                                  " of the level order has no parent");
    for (int side = 0; side < 2 && i < level.size(); ++side, ++i)
      if (!level[i].is_null()) (side == 0 ? t.left : t.right)[parent] = add(i);
    ++parent;
  }
  return t;
}

std::string number(long long v) { return std::to_string(v); }

// Rule 1: the first node (in depth-first order) outside the bounds its ancestors set.
std::string search_tree_error(const Tree& t) {
  if (t.val.empty()) return "";
  struct Item {
    int node, low, high;  // the nearest ancestors it must be above / below, -1 for none
  };
  std::vector<Item> stack{{0, -1, -1}};
  while (!stack.empty()) {
    const Item it = stack.back();
    stack.pop_back();
    const auto n = static_cast<std::size_t>(it.node);
    if (it.low >= 0 && t.val[n] <= t.val[static_cast<std::size_t>(it.low)])
      return number(t.val[n]) + " is in the right subtree of " +
             number(t.val[static_cast<std::size_t>(it.low)]) + " but not larger than it";
    if (it.high >= 0 && t.val[n] >= t.val[static_cast<std::size_t>(it.high)])
      return number(t.val[n]) + " is in the left subtree of " +
             number(t.val[static_cast<std::size_t>(it.high)]) + " but not smaller than it";
    if (t.right[n] >= 0) stack.push_back({t.right[n], it.node, it.high});
    if (t.left[n] >= 0) stack.push_back({t.left[n], it.low, it.node});
  }
  return "";
}

// Rule 2, for a search tree (so its values sorted are its inorder).
std::string values_error(const Tree& t, const Json& nums) {
  std::vector<long long> have = t.val, want;
  for (const Json& v : nums) want.push_back(v.get<long long>());
  std::sort(have.begin(), have.end());
  if (have == want) return "";
  std::string count = "the tree holds " + std::to_string(have.size()) + " value" +
                      (have.size() == 1 ? "" : "s") + ", nums " + std::to_string(want.size());
  std::size_t i = 0;
  while (i < have.size() && i < want.size() && have[i] == want[i]) ++i;
  if (i < want.size() && (i == have.size() || want[i] < have[i]))
    return count + "; " + number(want[i]) + " from nums is missing";
  return count + "; " + number(have[i]) + " is not in nums";
}

// Rule 3: the highest node (first in level order) whose subtrees' heights differ by
// more than one.
std::string balance_error(const Tree& t) {
  const std::size_t n = t.val.size();
  std::vector<int> height(n, 0);
  auto h = [&](int child) { return child < 0 ? 0 : height[static_cast<std::size_t>(child)]; };
  for (std::size_t i = n; i-- > 0;)  // children come after their parents
    height[i] = 1 + std::max(h(t.left[i]), h(t.right[i]));
  for (std::size_t i = 0; i < n; ++i) {
    const int l = h(t.left[i]), r = h(t.right[i]);
    if (l - r > 1 || r - l > 1)
      return "at node " + number(t.val[i]) + " the left subtree has height " + std::to_string(l) +
             " and the right subtree height " + std::to_string(r);
  }
  return "";
}

// Why the level-order tree breaks a rule, or "" when it follows all three.
std::string rules_error(const Json& level, const Json& nums) {
  Tree t;
  try {
    t = decode(level);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  if (t.val.empty()) return "the tree is empty, but it must hold the " + std::to_string(nums.size()) + " values of nums";
  if (std::string why = search_tree_error(t); !why.empty()) return "not a binary search tree: " + why;
  if (std::string why = values_error(t, nums); !why.empty()) return "not the values of nums: " + why;
  if (std::string why = balance_error(t); !why.empty()) return "not height-balanced: " + why;
  return "";
}

}  // namespace

std::string check(const Json& input, const Json& expected, const Json& got) {
  const Json& nums = input.at(0);
  if (!expected.is_null())
    if (std::string why = rules_error(expected, nums); !why.empty())
      return "the case is wrong: its expected tree " + show(expected) + " breaks a rule: " + why;
  return rules_error(got, nums);
}
