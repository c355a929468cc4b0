// Time:  O(L) per call, L = the length of its word or prefix
// Space: O(total length of the inserted words) nodes, 26 child slots each
// Invariant: next_ and end_ have one entry per node; node 0 is the empty
//   prefix, every other node is reached by exactly one letter path spelling a
//   prefix of an inserted word, and end_[node] marks words.

// A trie, as kata::patterns::Trie (patterns/include/kata/patterns/trie.hpp)
// keeps it: node 0 is the root (the empty prefix); each node stands for the
// prefix spelled on the way down to it and has 26 child slots, one per letter
// (0: no child). A word is stored as the path of its letters plus a mark on the
// node where it ends; the mark is what tells a stored word from a mere prefix
// of a longer one. Nodes live in one vector and point to each other by index:
// no pointers to manage, no leaks.
class Trie {
 public:
  Trie() : next_(1), end_(1, false) {}

  void insert(string word) {
    int node = 0;
    for (char c : word) {
      int child =
          next_[static_cast<size_t>(node)][static_cast<size_t>(c - 'a')];
      // a new prefix gets a node (`child` is a copy: the vector may move)
      if (child == 0) {
        child = static_cast<int>(next_.size());
        next_[static_cast<size_t>(node)][static_cast<size_t>(c - 'a')] = child;
        next_.emplace_back();
        end_.push_back(false);
      }
      node = child;
    }
    end_[static_cast<size_t>(node)] = true;
  }

  bool search(string word) {
    const int node = walk(word);
    return node >= 0 && end_[static_cast<size_t>(node)];
  }

  bool startsWith(string prefix) { return walk(prefix) >= 0; }

 private:
  // next_[node][letter]: the child's index, 0 for none
  vector<array<int, 26>> next_;
  vector<bool> end_;  // end_[node]: a word ends here

  // The node spelled by s, or -1 when no stored word starts with s.
  int walk(const string& s) const {
    int node = 0;
    for (char c : s) {
      node = next_[static_cast<size_t>(node)][static_cast<size_t>(c - 'a')];
      if (node == 0) return -1;
    }
    return node;
  }
};
