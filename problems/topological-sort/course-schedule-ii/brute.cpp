// Brute force: build the sequence one course at a time. Each step scans every
// course for the highest-numbered one not yet taken whose requirements are all
// taken (scanning every pair); if there is none before all are taken, give up.
// Time:  O(n^2 * m)
// Space: O(n)

class Solution {
 public:
  vector<int> findOrder(int numCourses, vector<vector<int>>& prerequisites) {
    vector<bool> taken(numCourses, false);
    vector<int> order;
    while (static_cast<int>(order.size()) < numCourses) {
      int pick = -1;
      for (int c = numCourses - 1; c >= 0 && pick < 0; --c) {
        if (taken[c]) continue;
        bool ready = true;
        for (const auto& p : prerequisites)
          if (p[0] == c && !taken[p[1]]) ready = false;
        if (ready) pick = c;
      }
      if (pick < 0) return {};
      taken[pick] = true;
      order.push_back(pick);
    }
    return order;
  }
};
