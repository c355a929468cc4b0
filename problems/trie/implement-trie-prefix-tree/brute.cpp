// Brute force: keep the words in a list; a prefix query compares the prefix with the
// start of every word.
// Time:  O(1) per insert (amortised), O(W * L) per search or startsWith, W = the words
//        stored, L = the query's length
// Space: O(total length of the inserted words)

class Trie {
 public:
  Trie() {}

  void insert(string word) { words_.push_back(word); }

  bool search(string word) {
    for (const string& w : words_)
      if (w == word) return true;
    return false;
  }

  bool startsWith(string prefix) {
    for (const string& w : words_)
      if (w.size() >= prefix.size() && equal(prefix.begin(), prefix.end(), w.begin())) return true;
    return false;
  }

 private:
  vector<string> words_;
};
