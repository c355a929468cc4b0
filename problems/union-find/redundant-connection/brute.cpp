// Brute force: try removing each edge, from the last one back, and return the
// first whose removal leaves all n nodes connected (n - 1 connected edges: a tree).
// Time:  O(n^2)
// Space: O(n)

class Solution {
 public:
  vector<int> findRedundantConnection(vector<vector<int>>& edges) {
    int n = static_cast<int>(edges.size());
    for (int skip = n - 1; skip >= 0; --skip) {
      vector<vector<int>> adj(n + 1);
      for (int i = 0; i < n; ++i)
        if (i != skip) {
          adj[edges[i][0]].push_back(edges[i][1]);
          adj[edges[i][1]].push_back(edges[i][0]);
        }
      vector<bool> seen(n + 1, false);
      vector<int> stack{1};
      seen[1] = true;
      int reached = 1;
      while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : adj[u])
          if (!seen[v]) {
            seen[v] = true;
            ++reached;
            stack.push_back(v);
          }
      }
      if (reached == n) return edges[skip];
    }
    return {};
  }
};
