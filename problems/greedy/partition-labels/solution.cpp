// Time:  O(n)
// Space: O(1) besides the answer (one last index per letter)
// Invariant: sizes holds the sizes of the parts closed in s[0, start), and end
//   is the furthest last occurrence of any letter in s[start..i]; when i == end
//   no letter of the open part occurs later.

// Last-occurrence partitioning, kata::patterns::split_by_last_occurrence
// (patterns/include/kata/patterns/greedy.hpp): a part that contains a letter
// must run at least to that letter's last occurrence. Walking left to right,
// `end` is the furthest last occurrence among the letters of the open part;
// when the walk reaches `end`, every letter of the part is finished, so
// cutting there is safe, and cutting at the first safe place leaves the most
// room for the parts after it.
class Solution {
 public:
  vector<int> partitionLabels(string s) {
    int last[26] = {};
    for (int i = 0; i < static_cast<int>(s.size()); ++i) last[s[i] - 'a'] = i;
    vector<int> sizes;
    int start = 0, end = 0;
    for (int i = 0; i < static_cast<int>(s.size()); ++i) {
      end = max(end, last[s[i] - 'a']);
      if (i == end) {
        sizes.push_back(end - start + 1);
        start = i + 1;
      }
    }
    return sizes;
  }
};
