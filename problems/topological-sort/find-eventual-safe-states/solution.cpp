// Time:  O(n + m)
// Space: O(n + m)
// Invariant: in the reversed graph indegree[v] counts v's original
//   out-neighbours not yet in order, so a node is appended only after
//   everything it points to is in order: every node in order is safe.

// Kahn's algorithm as in patterns/include/kata/patterns/topological_sort.hpp
// (successors, indegree, topological_order), run on the reversed graph: a
// node's "indegree" there is its out-degree here, and it is emitted once every
// node it points to has been emitted, i.e. proved safe.
class Solution {
 public:
  vector<int> eventualSafeNodes(vector<vector<int>>& graph) {
    int n = static_cast<int>(graph.size());
    vector<vector<int>> successors(n);  // reversed edges
    for (int u = 0; u < n; ++u)
      for (int v : graph[u]) successors[v].push_back(u);
    vector<int> order = topological_order(successors);
    sort(order.begin(), order.end());
    return order;
  }

 private:
  // The nodes Kahn's algorithm can emit; the rest lie on or lead into a cycle.
  static vector<int> topological_order(const vector<vector<int>>& successors) {
    int n = static_cast<int>(successors.size());
    vector<int> indegree(n, 0);
    for (const auto& next : successors)
      for (int v : next) ++indegree[v];
    vector<int> order;  // order[head..] are ready but not yet expanded
    for (int u = 0; u < n; ++u)
      if (indegree[u] == 0) order.push_back(u);
    // Invariant: every node in `order` has all its out-neighbours
    // (in graph) earlier in `order`.
    for (size_t head = 0; head < order.size(); ++head)
      for (int v : successors[order[head]])
        if (--indegree[v] == 0) order.push_back(v);
    return order;
  }
};
