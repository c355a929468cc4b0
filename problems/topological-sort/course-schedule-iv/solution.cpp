// Time:  O(n + m * n / w + q), w = 64 bits per word
// Space: O(n^2 / w)
// Invariant: when the loop reaches u in the topological order, every course
//   with an edge into u has already merged itself and its before[] into
//   before[u], so before[u] is u's full prerequisite set.

// Kahn's algorithm as in
// patterns/include/kata/patterns/topological_sort.hpp (successors,
// indegree, topological_order); walking the order, every course hands its
// complete set of prerequisites (a bitset) on to the courses it unlocks.
class Solution {
 public:
  vector<bool> checkIfPrerequisite(int numCourses,
                                   vector<vector<int>>& prerequisites,
                                   vector<vector<int>>& queries) {
    vector<vector<int>> successors(numCourses);
    for (const auto& p : prerequisites) successors[p[0]].push_back(p[1]);
    // before[c]: every prerequisite of c
    vector<bitset<100>> before(numCourses);
    // Invariant: when u is reached in the order, before[u] is complete.
    for (int u : topological_order(successors))
      for (int v : successors[u]) {
        before[v] |= before[u];
        before[v].set(u);
      }
    vector<bool> answer;
    answer.reserve(queries.size());
    for (const auto& q : queries) answer.push_back(before[q[1]].test(q[0]));
    return answer;
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
    for (size_t head = 0; head < order.size(); ++head)
      for (int v : successors[order[head]])
        if (--indegree[v] == 0) order.push_back(v);
    return order;
  }
};
