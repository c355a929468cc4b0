// Time:  O(n * 26 * L^2 + P), n = |wordList|, L = word length, P = answer size
// Space: O(n * 26 * L^2 + P), parent lists (at most 25 * L parents per word)
// Invariant: at the top of the while loop, level holds exactly the words at
//   some distance d from beginWord, unseen the list words farther away, and
//   parents_[w] every neighbour of w one step nearer.

// BFS by levels, shaped like kata::patterns::bfs_by_levels
// (patterns/include/kata/patterns/bfs.hpp), with one change: a word is marked
// seen only after its whole level is built, so it keeps every parent from the
// level before. Then walk the parents back from endWord.
class Solution {
 public:
  vector<vector<string>> findLadders(string beginWord, string endWord,
                                     vector<string>& wordList) {
    unordered_set<string> unseen(wordList.begin(), wordList.end());
    vector<vector<string>> ladders;
    if (!unseen.count(endWord)) return ladders;
    unseen.erase(beginWord);
    parents_.clear();
    vector<string> level{beginWord};
    bool reached = false;
    // invariant: `level` holds the words exactly `depth` steps from
    // beginWord, and parents_[w] lists every word one step closer to
    // beginWord that leads to w
    while (!level.empty() && !reached) {
      unordered_map<string, vector<string>> found;
      for (const string& word : level) {
        string w = word;
        for (char& c : w) {
          const char original = c;
          for (char x = 'a'; x <= 'z'; ++x) {
            if (x == original) continue;
            c = x;
            if (unseen.count(w)) found[w].push_back(word);
          }
          c = original;
        }
      }
      level.clear();
      for (auto& [w, from] : found) {
        unseen.erase(w);
        level.push_back(w);
        reached = reached || w == endWord;
        parents_[w] = std::move(from);
      }
    }
    if (!reached) return ladders;
    vector<string> path{endWord};
    collect(endWord, beginWord, path, ladders);
    return ladders;
  }

 private:
  unordered_map<string, vector<string>> parents_;

  // `path` runs from endWord back to `word`; every parent of `word` extends it.
  void collect(const string& word, const string& beginWord,
               vector<string>& path, vector<vector<string>>& ladders) {
    if (word == beginWord) {
      ladders.emplace_back(path.rbegin(), path.rend());
      return;
    }
    for (const string& p : parents_[word]) {
      path.push_back(p);
      collect(p, beginWord, path, ladders);
      path.pop_back();
    }
  }
};
