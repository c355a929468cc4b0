// Brute force: a node is unsafe exactly when it can reach a node that lies on a
// cycle (a node that can reach itself), since walking that cycle never ends; if
// it cannot, every walk from it is a simple path and must stop at a terminal.
// Time:  O(n * (n + m))
// Space: O(n + m)

class Solution {
 public:
  vector<int> eventualSafeNodes(vector<vector<int>>& graph) {
    int n = static_cast<int>(graph.size());
    vector<bool> on_cycle(n, false);
    for (int v = 0; v < n; ++v) {
      vector<bool> reach = reachable(graph, graph[v]);
      on_cycle[v] = reach[v];
    }
    vector<int> safe;
    for (int u = 0; u < n; ++u) {
      vector<bool> reach = reachable(graph, {u});
      bool ok = true;
      for (int v = 0; v < n; ++v)
        if (reach[v] && on_cycle[v]) ok = false;
      if (ok) safe.push_back(u);
    }
    return safe;
  }

 private:
  // Every node reachable from the starts (the starts included).
  static vector<bool> reachable(const vector<vector<int>>& graph, const vector<int>& starts) {
    vector<bool> seen(graph.size(), false);
    vector<int> stack(starts);
    while (!stack.empty()) {
      int u = stack.back();
      stack.pop_back();
      if (seen[u]) continue;
      seen[u] = true;
      for (int v : graph[u]) stack.push_back(v);
    }
    return seen;
  }
};
