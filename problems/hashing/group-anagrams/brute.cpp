// Brute force: sort a copy of every string; then, for each string not yet placed,
// scan all the later ones for the same sorted letters.
// Time:  O(n^2 * k + n * k log k), n = strs.size(), k = the longest string's length
// Space: O(n * k)

class Solution {
 public:
  vector<vector<string>> groupAnagrams(vector<string>& strs) {
    const size_t n = strs.size();
    vector<string> sorted_letters(strs);
    for (string& s : sorted_letters) sort(s.begin(), s.end());
    vector<bool> placed(n, false);
    vector<vector<string>> groups;
    for (size_t i = 0; i < n; ++i) {
      if (placed[i]) continue;
      groups.emplace_back();
      for (size_t j = i; j < n; ++j)
        if (!placed[j] && sorted_letters[j] == sorted_letters[i]) {
          placed[j] = true;
          groups.back().push_back(strs[j]);
        }
    }
    return groups;
  }
};
