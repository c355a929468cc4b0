// Brute force: simulate the operations. While the network is split, take a cable
// whose removal keeps its two ends linked (found by trying every cable and
// searching the rest of the network), and replug it between two groups. If no
// such cable exists while the network is split, return -1.
// Time:  O(n * m * (n + m))
// Space: O(n + m)

class Solution {
 public:
  int makeConnected(int n, vector<vector<int>>& connections) {
    vector<pair<int, int>> cables;
    for (const auto& c : connections) cables.push_back({c[0], c[1]});
    for (int moves = 0;; ++moves) {
      vector<int> group = groups(n, cables, -1);
      int first_other = -1;
      for (int v = 0; v < n; ++v)
        if (group[v] != group[0]) {
          first_other = v;
          break;
        }
      if (first_other < 0) return moves;
      int spare = -1;
      for (int i = 0; i < static_cast<int>(cables.size()) && spare < 0; ++i) {
        vector<int> without = groups(n, cables, i);
        if (without[cables[i].first] == without[cables[i].second]) spare = i;
      }
      if (spare < 0) return -1;
      cables[spare] = {0, first_other};
    }
  }

 private:
  // A group label for every computer, ignoring cable `skip`.
  static vector<int> groups(int n, const vector<pair<int, int>>& cables, int skip) {
    vector<vector<int>> adj(n);
    for (int i = 0; i < static_cast<int>(cables.size()); ++i)
      if (i != skip) {
        adj[cables[i].first].push_back(cables[i].second);
        adj[cables[i].second].push_back(cables[i].first);
      }
    vector<int> label(n, -1);
    for (int s = 0; s < n; ++s) {
      if (label[s] >= 0) continue;
      label[s] = s;
      vector<int> stack{s};
      while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : adj[u])
          if (label[v] < 0) {
            label[v] = s;
            stack.push_back(v);
          }
      }
    }
    return label;
  }
};
