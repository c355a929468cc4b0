// Brute force: give every city a label, and repeat "a road between two labels
// renames one of them to the other" until nothing changes; count the labels.
// Time:  O(n^4) in the worst case
// Space: O(n)

class Solution {
 public:
  int findCircleNum(vector<vector<int>>& isConnected) {
    int n = static_cast<int>(isConnected.size());
    vector<int> label(n);
    for (int i = 0; i < n; ++i) label[i] = i;
    bool changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
          if (isConnected[i][j] && label[i] != label[j]) {
            int from = max(label[i], label[j]), to = min(label[i], label[j]);
            for (int& l : label)
              if (l == from) l = to;
            changed = true;
          }
    }
    set<int> distinct(label.begin(), label.end());
    return static_cast<int>(distinct.size());
  }
};
