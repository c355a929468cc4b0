// Accepts any order that lists every course once, each after all of its
// prerequisites, and [] exactly when the prerequisites contain a cycle. The
// checker finds out for itself whether a cycle exists (and names one), so it
// also catches a wrong expected answer in a hand-written case.

namespace {

std::string show(const Json& v) {
  std::string s = v.dump();
  return s.size() <= 80 ? s : s.substr(0, 77) + "...";
}

// One cycle of requirements as "a needs b, which needs c, ..., which needs a",
// or "" when the courses can all be ordered.
std::string find_cycle(int n, const Json& pairs) {
  std::vector<std::vector<int>> unlocks(static_cast<std::size_t>(n));
  std::vector<int> waiting(static_cast<std::size_t>(n), 0);  // unmet prerequisites
  std::vector<int> needs(static_cast<std::size_t>(n), -1);    // one prerequisite per course
  for (const Json& p : pairs) {
    int a = p.at(0).get<int>(), b = p.at(1).get<int>();
    unlocks[static_cast<std::size_t>(b)].push_back(a);
    ++waiting[static_cast<std::size_t>(a)];
  }
  std::vector<int> ready;
  for (int c = 0; c < n; ++c)
    if (waiting[static_cast<std::size_t>(c)] == 0) ready.push_back(c);
  for (std::size_t i = 0; i < ready.size(); ++i)
    for (int a : unlocks[static_cast<std::size_t>(ready[i])])
      if (--waiting[static_cast<std::size_t>(a)] == 0) ready.push_back(a);
  if (static_cast<int>(ready.size()) == n) return "";
  // Every blocked course waits for another blocked course: walk those links
  // until a course repeats; the walk from its first visit is a cycle.
  for (const Json& p : pairs) {
    int a = p.at(0).get<int>(), b = p.at(1).get<int>();
    if (waiting[static_cast<std::size_t>(a)] > 0 && waiting[static_cast<std::size_t>(b)] > 0)
      needs[static_cast<std::size_t>(a)] = b;
  }
  int start = 0;
  while (waiting[static_cast<std::size_t>(start)] == 0) ++start;
  std::vector<int> seen_at(static_cast<std::size_t>(n), -1), walk;
  int c = start;
  while (seen_at[static_cast<std::size_t>(c)] < 0) {
    seen_at[static_cast<std::size_t>(c)] = static_cast<int>(walk.size());
    walk.push_back(c);
    c = needs[static_cast<std::size_t>(c)];
  }
  std::string s = "course " + std::to_string(c);
  for (std::size_t i = static_cast<std::size_t>(seen_at[static_cast<std::size_t>(c)]) + 1;
       i < walk.size(); ++i)
    s += " needs " + std::to_string(walk[i]);
  return s + " needs " + std::to_string(c);
}

// Why `order` is not a valid order of all n courses, or "" when it is.
std::string order_error(int n, const Json& pairs, const Json& order) {
  if (static_cast<int>(order.size()) != n)
    return "it lists " + std::to_string(order.size()) + " courses; there are " +
           std::to_string(n) + " and each must appear once";
  std::vector<int> position(static_cast<std::size_t>(n), -1);
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (!order[i].is_number_integer() || order[i].get<long long>() < 0 ||
        order[i].get<long long>() >= n)
      return "position " + std::to_string(i) + " holds " + show(order[i]) +
             ", which is not a course (0.." + std::to_string(n - 1) + ")";
    auto c = static_cast<std::size_t>(order[i].get<int>());
    if (position[c] >= 0)
      return "course " + std::to_string(c) + " appears twice, at positions " +
             std::to_string(position[c]) + " and " + std::to_string(i);
    position[c] = static_cast<int>(i);
  }
  for (const Json& p : pairs) {
    int a = p.at(0).get<int>(), b = p.at(1).get<int>();
    int pa = position[static_cast<std::size_t>(a)], pb = position[static_cast<std::size_t>(b)];
    if (pb > pa)
      return "course " + std::to_string(a) + " is at position " + std::to_string(pa) +
             ", before its prerequisite " + std::to_string(b) + " at position " +
             std::to_string(pb) + " (pair " + show(p) + ")";
  }
  return "";
}

}  // namespace

std::string check(const Json& input, const Json& expected, const Json& got) {
  int n = input.at(0).get<int>();
  const Json& pairs = input.at(1);
  if (!got.is_array()) return "the answer must be a list of courses, got " + show(got);
  std::string cycle = find_cycle(n, pairs);
  bool expected_given = expected.is_array();
  if (!cycle.empty()) {
    if (expected_given && !expected.empty())
      return "the case is wrong: it expects an order, but " + cycle + ", so the answer is []";
    if (!got.empty())
      return "no order exists (" + cycle + "), so the answer must be [], got " +
             std::to_string(got.size()) + " courses";
    return "";
  }
  if (got.empty())
    return "got [], but the prerequisites have no cycle, so an order of all " +
           std::to_string(n) + " courses exists" +
           (expected_given && !expected.empty() ? ", for example " + show(expected) : "");
  if (std::string why = order_error(n, pairs, got); !why.empty())
    return "not a valid order: " + why;
  if (expected_given && expected.empty())
    return "the case is wrong: it expects [] (a cycle), but the answer is a valid order";
  return "";
}
