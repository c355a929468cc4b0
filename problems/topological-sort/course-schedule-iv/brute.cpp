// Brute force: answer each query on its own by searching forward from u along
// the requirements and checking whether v is reached.
// Time:  O(q * (n + m))
// Space: O(n + m)

class Solution {
 public:
  vector<bool> checkIfPrerequisite(int numCourses, vector<vector<int>>& prerequisites,
                                   vector<vector<int>>& queries) {
    vector<vector<int>> unlocks(numCourses);
    for (const auto& p : prerequisites) unlocks[p[0]].push_back(p[1]);
    vector<bool> answer;
    for (const auto& q : queries) {
      vector<bool> seen(numCourses, false);
      vector<int> stack(unlocks[q[0]]);
      bool found = false;
      while (!stack.empty() && !found) {
        int u = stack.back();
        stack.pop_back();
        if (u == q[1]) found = true;
        if (seen[u]) continue;
        seen[u] = true;
        for (int v : unlocks[u]) stack.push_back(v);
      }
      answer.push_back(found);
    }
    return answer;
  }
};
