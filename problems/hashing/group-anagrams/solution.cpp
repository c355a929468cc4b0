// Time:  O(n * (k + 26)) expected, n = strs.size(), k = longest string's length
// Space: O(n * k)
// Invariant: groups holds the strings read so far, one group per
//   distinct letter-count key, and slot maps each such key to the index
//   of its group in groups.

// Grouping by a canonical key as in kata::patterns::group_by_key
// (patterns/include/kata/patterns/hashing.hpp): anagrams, and only anagrams,
// have the same count of every letter, so that count table is the key.
class Solution {
 public:
  vector<vector<string>> groupAnagrams(vector<string>& strs) {
    // key -> index of its group in `groups`
    unordered_map<string, size_t> slot;
    vector<vector<string>> groups;
    for (const string& s : strs) {
      // key[c] = how many times letter 'a' + c occurs; <= 100 fits a char
      string key(26, '\0');
      for (char c : s) ++key[c - 'a'];
      auto [it, fresh] = slot.try_emplace(std::move(key), groups.size());
      if (fresh) groups.emplace_back();
      groups[it->second].push_back(s);
    }
    return groups;
  }
};
