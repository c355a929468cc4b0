// Brute force: depth-first search over every simple path from beginWord that uses
// words of the list, keeping the shortest ones that end at endWord.
// Time:  O(n! * n * L) in the worst case
// Space: O(n * L) for the path, plus the answer

class Solution {
 public:
  vector<vector<string>> findLadders(string beginWord, string endWord, vector<string>& wordList) {
    words_.assign(1, beginWord);
    for (const string& w : wordList)
      if (w != beginWord) words_.push_back(w);
    used_.assign(words_.size(), false);
    best_.clear();
    end_ = endWord;
    vector<string> path{beginWord};
    used_[0] = true;
    dfs(0, path);
    return best_;
  }

 private:
  vector<string> words_;
  vector<bool> used_;
  vector<vector<string>> best_;
  string end_;

  static bool one_apart(const string& a, const string& b) {
    if (a.size() != b.size()) return false;
    int count = 0;
    for (size_t i = 0; i < a.size(); ++i) count += a[i] != b[i];
    return count == 1;
  }

  void dfs(size_t at, vector<string>& path) {
    // Paths longer than the best found so far cannot be among the shortest.
    if (!best_.empty() && path.size() > best_[0].size()) return;
    if (words_[at] == end_) {
      if (!best_.empty() && path.size() < best_[0].size()) best_.clear();
      best_.push_back(path);
      return;
    }
    for (size_t next = 1; next < words_.size(); ++next) {
      if (used_[next] || !one_apart(words_[at], words_[next])) continue;
      used_[next] = true;
      path.push_back(words_[next]);
      dfs(next, path);
      path.pop_back();
      used_[next] = false;
    }
  }
};
