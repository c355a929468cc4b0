// Time:  O(n + m)
// Space: O(n + m)
// Invariant: a course is appended to order only once indegree[v], its count of
//   prerequisites not yet in order, drops to 0; so a course on or behind a
//   cycle never enters, and order reaches all iff none does.

// Kahn's algorithm as in patterns/include/kata/patterns/topological_sort.hpp
// (successors, indegree, topological_order): every course is finishable exactly
// when the order reaches all of them.
class Solution {
 public:
  bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
    vector<vector<int>> successors(numCourses);
    for (const auto& p : prerequisites) successors[p[1]].push_back(p[0]);
    return topological_order(successors).size() ==
           static_cast<size_t>(numCourses);
  }

 private:
  // The nodes Kahn's algorithm can emit; fewer than all of
  // them iff there is a cycle.
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
