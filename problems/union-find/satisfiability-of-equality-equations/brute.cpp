// Brute force: build the letters' equality graph and, for each != fact, search
// it for a path between the two letters.
// Time:  O(n * (26 + n))
// Space: O(n)

class Solution {
 public:
  bool equationsPossible(vector<string>& equations) {
    vector<vector<int>> adj(26);
    for (const string& e : equations)
      if (e[1] == '=') {
        adj[e[0] - 'a'].push_back(e[3] - 'a');
        adj[e[3] - 'a'].push_back(e[0] - 'a');
      }
    for (const string& e : equations) {
      if (e[1] != '!') continue;
      vector<bool> seen(26, false);
      vector<int> stack{e[0] - 'a'};
      seen[e[0] - 'a'] = true;
      while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        for (int v : adj[u])
          if (!seen[v]) {
            seen[v] = true;
            stack.push_back(v);
          }
      }
      if (seen[e[3] - 'a']) return false;
    }
    return true;
  }
};
