// Brute force: the courses can all be finished iff no course is (directly or
// through others) a prerequisite of itself. From every course, search forward
// and see whether the search comes back to it.
// Time:  O(n * (n + m))
// Space: O(n + m)

class Solution {
 public:
  bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
    vector<vector<int>> unlocks(numCourses);
    for (const auto& p : prerequisites) unlocks[p[1]].push_back(p[0]);
    for (int start = 0; start < numCourses; ++start) {
      vector<bool> seen(numCourses, false);
      vector<int> stack(unlocks[start].begin(), unlocks[start].end());
      while (!stack.empty()) {
        int u = stack.back();
        stack.pop_back();
        if (u == start) return false;
        if (seen[u]) continue;
        seen[u] = true;
        for (int v : unlocks[u]) stack.push_back(v);
      }
    }
    return true;
  }
};
