// Time:  O(n * L^2 * 26), n = |wordList|, L = word length (candidates hashed)
// Space: O(n * L)
// Invariant: at the top of the loop, level holds exactly the words depth steps
//   from beginWord, and unseen holds exactly the list words that cannot be
//   reached in depth steps or fewer.

// BFS by levels, shaped like kata::patterns::bfs_by_levels
// (patterns/include/kata/patterns/bfs.hpp): a word is seen when it is pushed,
// and the first level that reaches endWord is its distance.
class Solution {
 public:
  int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
    unordered_set<string> unseen(wordList.begin(), wordList.end());
    if (!unseen.count(endWord)) return 0;
    unseen.erase(beginWord);
    vector<string> level{beginWord};
    // invariant: `level` holds the words exactly `depth` steps from beginWord
    for (int depth = 0; !level.empty(); ++depth) {
      vector<string> next;
      for (string& word : level) {
        // the answer counts words, not steps
        if (word == endWord) return depth + 1;
        neighbours(word, unseen, next);
      }
      level = std::move(next);
    }
    return 0;
  }

 private:
  // Moves every unseen word one letter away from `word` into `next`.
  static void neighbours(string word, unordered_set<string>& unseen,
                         vector<string>& next) {
    for (char& c : word) {
      const char original = c;
      for (char x = 'a'; x <= 'z'; ++x) {
        if (x == original) continue;
        c = x;
        if (auto it = unseen.find(word); it != unseen.end()) {
          next.push_back(word);
          unseen.erase(it);
        }
      }
      c = original;
    }
  }
};
