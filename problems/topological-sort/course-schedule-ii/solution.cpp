// Time:  O(n + m)
// Space: O(n + m)
// Invariant: indegree[v] counts the prerequisites of v not yet placed in order,
//   and v is appended only when that count reaches 0, so each course in order
//   comes after all its prerequisites.

// Kahn's algorithm as in
// patterns/include/kata/patterns/topological_sort.hpp (successors,
// indegree, topological_order), reporting a cycle as the empty list.
class Solution {
 public:
  vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
    vector<vector<int>> successors(numCourses);
    for (const auto& p : prerequisites) successors[p[1]].push_back(p[0]);
    vector<int> order = topological_order(successors);
    // a cycle blocked some
    if (order.size() != static_cast<size_t>(numCourses)) return {};
    return order;
  }

 private:
  static vector<int> topological_order(const vector<vector<int>>& successors) {
    int n = static_cast<int>(successors.size());
    vector<int> indegree(n, 0);
    for (const auto& next : successors)
      for (int v : next) ++indegree[v];
    vector<int> order;  // order[head..] are ready but not yet expanded
    for (int u = 0; u < n; ++u)
      if (indegree[u] == 0) order.push_back(u);
    // Invariant: every course in `order` has all its
    // prerequisites earlier in `order`.
    for (size_t head = 0; head < order.size(); ++head)
      for (int v : successors[order[head]])
        if (--indegree[v] == 0) order.push_back(v);
    return order;
  }
};
