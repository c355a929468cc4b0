#include <catch2/catch.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include <kata/patterns/trie.hpp>

#include "lcg.hpp"

using kata::patterns::Trie;

using kata::patterns::test::Lcg;

namespace {

bool begins_with(const std::string& word, const std::string& prefix) {
  return word.compare(0, prefix.size(), prefix) == 0 && word.size() >= prefix.size();
}

// What a trie promises, from a sorted set by scanning it: the obvious implementation.
int count_by_scanning(const std::set<std::string>& words, const std::string& prefix) {
  int n = 0;
  for (const auto& w : words) n += begins_with(w, prefix) ? 1 : 0;
  return n;
}

std::vector<std::string> complete_by_scanning(const std::set<std::string>& words, const std::string& prefix,
                                              std::size_t limit) {
  std::vector<std::string> out;
  for (const auto& w : words)  // a std::set iterates in alphabetical order
    if (out.size() < limit && begins_with(w, prefix)) out.push_back(w);
  return out;
}

std::string random_word(Lcg& next, int max_length, char last_letter) {
  std::string w(static_cast<std::size_t>(next(0, max_length)), 'a');
  for (auto& c : w) c = static_cast<char>(next('a', last_letter));
  return w;
}

}  // namespace

TEST_CASE("A word is found, its proper prefixes only as prefixes", "[trie]") {
  Trie t;
  CHECK(t.insert("apple"));
  CHECK(t.contains("apple"));
  CHECK_FALSE(t.contains("app"));
  CHECK(t.starts_with("app"));
  CHECK(t.starts_with("apple"));
  CHECK_FALSE(t.starts_with("apples"));
  CHECK_FALSE(t.contains("apples"));
  CHECK(t.insert("app"));
  CHECK(t.contains("app"));
  CHECK(t.contains("apple"));
  CHECK(t.size() == 2);
  CHECK(t.node_count() == 6);  // the root and a, ap, app, appl, apple: "app" added no node
}

TEST_CASE("An empty trie holds nothing, not even the empty prefix", "[trie]") {
  Trie t;
  CHECK(t.size() == 0);
  CHECK(t.node_count() == 1);
  CHECK_FALSE(t.contains(""));
  CHECK_FALSE(t.starts_with(""));
  CHECK_FALSE(t.starts_with("a"));
  CHECK(t.count_with_prefix("") == 0);
  CHECK(t.find("") == 0);
  CHECK(t.find("a") == Trie::kNone);
  CHECK(t.complete("", 10).empty());
}

TEST_CASE("Inserting a word twice changes nothing", "[trie]") {
  Trie t;
  CHECK(t.insert("go"));
  const auto nodes = t.node_count();
  CHECK_FALSE(t.insert("go"));
  CHECK(t.size() == 1);
  CHECK(t.node_count() == nodes);
  CHECK(t.count_with_prefix("g") == 1);
  SECTION("the empty word ends at the root") {
    CHECK(t.insert(""));
    CHECK(t.contains(""));
    CHECK_FALSE(t.insert(""));
    CHECK(t.count_with_prefix("") == 2);
    CHECK(t.complete("", 5) == std::vector<std::string>{"", "go"});
  }
}

TEST_CASE("count_with_prefix counts the words below a prefix", "[trie]") {
  Trie t;
  for (const char* w : {"car", "cart", "cat", "dog", "ca"}) t.insert(w);
  CHECK(t.count_with_prefix("") == 5);
  CHECK(t.count_with_prefix("c") == 4);
  CHECK(t.count_with_prefix("ca") == 4);
  CHECK(t.count_with_prefix("car") == 2);
  CHECK(t.count_with_prefix("cart") == 1);
  CHECK(t.count_with_prefix("carts") == 0);
  CHECK(t.count_with_prefix("d") == 1);
  CHECK(t.count_with_prefix("e") == 0);
}

TEST_CASE("complete lists the words of a prefix alphabetically, up to a limit", "[trie]") {
  Trie t;
  for (const char* w : {"tea", "ten", "to", "inn", "in", "tead", "z", "a"}) t.insert(w);
  CHECK(t.complete("te", 10) == std::vector<std::string>{"tea", "tead", "ten"});
  CHECK(t.complete("t", 2) == std::vector<std::string>{"tea", "tead"});
  CHECK(t.complete("", 100) == std::vector<std::string>{"a", "in", "inn", "tea", "tead", "ten", "to", "z"});
  CHECK(t.complete("in", 1) == std::vector<std::string>{"in"});
  CHECK(t.complete("x", 5).empty());
  CHECK(t.complete("te", 0).empty());
}

TEST_CASE("child and is_word step through the trie one letter at a time", "[trie]") {
  // The walk a board search does: extend the path by one letter, stop when the trie
  // has no such prefix, report when a word ends.
  Trie t;
  t.insert("oath");
  t.insert("oat");
  int node = 0;
  std::vector<bool> ends;
  for (char c : std::string("oath")) {
    node = t.child(node, c);
    REQUIRE(node != Trie::kNone);
    ends.push_back(t.is_word(node));
  }
  CHECK(ends == std::vector<bool>{false, false, true, true});
  CHECK(t.child(node, 's') == Trie::kNone);
  CHECK(t.child(0, 'x') == Trie::kNone);
  CHECK(node == t.find("oath"));
}

TEST_CASE("The first and last letters and long words", "[trie]") {
  Trie t;
  const std::string long_word(2000, 'z');
  t.insert(long_word);
  t.insert("a");
  CHECK(t.contains(long_word));
  CHECK_FALSE(t.contains(long_word.substr(0, 1999)));
  CHECK(t.starts_with(long_word.substr(0, 1999)));
  CHECK_FALSE(t.starts_with(long_word + "z"));
  CHECK(t.node_count() == 2002);
  CHECK(t.complete("zzz", 3) == std::vector<std::string>{long_word});
}

TEST_CASE("Trie agrees with a std::set scanned by brute force", "[trie]") {
  Lcg next{208};
  for (int round = 0; round < 150; ++round) {
    const char last_letter = round % 2 == 0 ? 'c' : 'z';  // dense or sparse
    Trie t;
    std::set<std::string> words;
    INFO("round " << round);
    for (int op = 0; op < 60; ++op) {
      const std::string w = random_word(next, 5, last_letter);
      INFO("op " << op << " on \"" << w << "\"");
      switch (next(0, 4)) {
        case 0:
        case 1:
          REQUIRE(t.insert(w) == words.insert(w).second);
          break;
        case 2:
          CHECK(t.contains(w) == (words.count(w) > 0));
          break;
        case 3:
          CHECK(t.starts_with(w) == (count_by_scanning(words, w) > 0));
          CHECK(t.count_with_prefix(w) == count_by_scanning(words, w));
          break;
        default: {
          const auto limit = static_cast<std::size_t>(next(0, 6));
          CHECK(t.complete(w, limit) == complete_by_scanning(words, w, limit));
        }
      }
      REQUIRE(t.size() == words.size());
    }
    // Every node is the prefix of some word, and every prefix of a word has a node.
    std::set<std::string> prefixes{""};
    for (const auto& w : words)
      for (std::size_t k = 1; k <= w.size(); ++k) prefixes.insert(w.substr(0, k));
    CHECK(t.node_count() == prefixes.size());
  }
}
