// Trie (prefix tree): a set of words over the letters 'a'..'z', stored as a tree
// whose edges are letters, so that every query walks only its own letters.
//
// Each node stands for one prefix: the letters on the way down from the root (the
// root is the empty prefix). Words that begin alike share the nodes of their common
// beginning. A node has 26 child slots, one per letter (an array, not a map: one
// index per step, at the price of 26 slots per node), and two counters:
// - `ends`: how many of the stored words end exactly here (0 or 1 for a set). This
//   end-of-word mark is what tells the word "app" from "app" the beginning of
//   "apple": both walks stop at the same node;
// - `below`: how many stored words pass through or end at this node, i.e. how many
//   have this node's prefix. It makes "how many words start with ..." a walk too.
//
// Nodes live in one vector and name each other by index, so the trie copies, moves
// and frees itself like any vector, and a node index stays valid as nodes are added.
// Node 0 is the root; index 0 in a child slot means "no child" (the root is nobody's
// child).
//
// - insert / contains / starts_with / count_with_prefix: O(L) for a string of L
//   letters, whatever the number of words stored.
// - find / child / is_word: the single steps, for walks the caller drives itself,
//   such as a board search that extends a path one cell at a time (Word Search II).
// - complete: the stored words with a given prefix in alphabetical order, at most
//   `limit` of them (autocomplete).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kata::patterns {

class Trie {
 public:
  static constexpr int kNone = -1;  // find() and child() when there is no such node

  Trie() : nodes_(1) {}

  // Adds word; false when it was stored already (nothing changes then). Every
  // character must be in 'a'..'z'. The empty word is allowed: it ends at the root.
  bool insert(std::string_view word) {
    if (contains(word)) return false;
    std::size_t node = 0;
    ++nodes_[node].below;
    for (char c : word) {
      int next = nodes_[node].next[slot(c)];
      if (next == 0) {  // a prefix not seen before gets its node
        next = static_cast<int>(nodes_.size());
        nodes_[node].next[slot(c)] = next;  // before emplace_back, which may move nodes_
        nodes_.emplace_back();
      }
      node = static_cast<std::size_t>(next);
      ++nodes_[node].below;
    }
    ++nodes_[node].ends;
    ++words_;
    return true;
  }

  // Whether word itself was inserted (not merely the beginning of a longer word).
  bool contains(std::string_view word) const {
    const int node = find(word);
    return node != kNone && is_word(node);
  }

  // Whether some stored word begins with prefix (every word begins with itself and
  // with the empty prefix, but an empty trie holds nothing).
  bool starts_with(std::string_view prefix) const { return count_with_prefix(prefix) > 0; }

  // How many stored words begin with prefix.
  int count_with_prefix(std::string_view prefix) const {
    const int node = find(prefix);
    return node == kNone ? 0 : nodes_[static_cast<std::size_t>(node)].below;
  }

  // The node of prefix s, or kNone when no node was ever made for it. The node of
  // "" is the root, 0.
  int find(std::string_view s) const {
    int node = 0;
    for (char c : s) {
      node = child(node, c);
      if (node == kNone) return kNone;
    }
    return node;
  }

  // One step down: the node of (node's prefix + c), or kNone.
  int child(int node, char c) const {
    const int next = nodes_[static_cast<std::size_t>(node)].next[slot(c)];
    return next == 0 ? kNone : next;
  }

  // Whether a stored word ends at node.
  bool is_word(int node) const { return nodes_[static_cast<std::size_t>(node)].ends > 0; }

  // The stored words that begin with prefix, in alphabetical order, at most limit of
  // them. A depth-first walk with its own stack, children in letter order; each word
  // found costs at most its length in steps past the prefix, plus the empty branches
  // skipped on the way.
  std::vector<std::string> complete(std::string_view prefix, std::size_t limit) const {
    std::vector<std::string> out;
    const int start = find(prefix);
    if (start == kNone || limit == 0) return out;
    std::string word(prefix);
    // (node, the next letter to try there); word holds the path to the top node.
    std::vector<std::pair<int, int>> stack{{start, 0}};
    if (is_word(start)) out.push_back(word);
    while (!stack.empty() && out.size() < limit) {
      auto& [node, letter] = stack.back();
      while (letter < 26 && nodes_[static_cast<std::size_t>(node)].next[static_cast<std::size_t>(letter)] == 0) ++letter;
      if (letter == 26) {  // every child done: back up one letter
        stack.pop_back();
        if (!stack.empty()) word.pop_back();
        continue;
      }
      const int next = nodes_[static_cast<std::size_t>(node)].next[static_cast<std::size_t>(letter)];
      word.push_back(static_cast<char>('a' + letter));
      ++letter;  // the next time this node is on top, try the following letter
      stack.emplace_back(next, 0);  // may move the vector: node and letter are not used after this
      if (is_word(next)) out.push_back(word);
    }
    return out;
  }

  // The number of distinct words stored.
  std::size_t size() const { return words_; }

  // The number of nodes, the root included: the trie's memory is this times the size
  // of a node (26 child slots and two counters).
  std::size_t node_count() const { return nodes_.size(); }

 private:
  struct Node {
    std::array<int, 26> next{};  // next[c - 'a']: the child's index, 0 for none
    int ends = 0;                // stored words that end here
    int below = 0;               // stored words that have this node's prefix
  };

  static std::size_t slot(char c) { return static_cast<std::size_t>(c - 'a'); }

  std::vector<Node> nodes_;
  std::size_t words_ = 0;
};

}  // namespace kata::patterns
