// Hashing: remember what has been seen, so that "is its partner here?" costs O(1) expected.
//
// Three shapes of the same idea, one per problem of the pattern:
// - find_pair_with_sum: one left-to-right pass with a map from value to the index
//   where it first appeared. Element j is completed by any earlier element of value
//   target - values[j]; looking it up before inserting values[j] means an element
//   never pairs with itself. O(n) expected.
// - group_by_key: a map from a canonical key (the same for all members of a class,
//   different between classes) to the slot of its group. Groups come out in the
//   order their first item appeared; items keep their order inside a group.
//   anagram_key is the canonical key of "the same letters, rearranged".
// - longest_consecutive_run: a set of the values; only a value whose predecessor is
//   absent starts a run, and only from there is the run walked upwards, so every
//   distinct value is visited at most twice. O(n) expected.
// Keys go through std::hash; the costs are expected ones (adversarial inputs can
// make a hash table quadratic).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kata::patterns {

// The first pair of positions (i, j), i < j, with values[i] + values[j] == target:
// the smallest j, and for that j the smallest i. nullopt when there is none.
// Sums are computed in long long, so int values never overflow.
template <class T>
std::optional<std::pair<std::size_t, std::size_t>> find_pair_with_sum(const std::vector<T>& values,
                                                                       long long target) {
  std::unordered_map<long long, std::size_t> seen;  // value -> first index where it appeared
  for (std::size_t j = 0; j < values.size(); ++j) {
    const auto v = static_cast<long long>(values[j]);
    if (auto it = seen.find(target - v); it != seen.end()) return std::pair{it->second, j};
    seen.emplace(v, j);  // emplace keeps the first index of a repeated value
  }
  return std::nullopt;
}

// Splits `items` into groups of equal key_of(item). Groups are in the order of their
// first item; inside a group, items are in input order.
template <class T, class KeyOf>
std::vector<std::vector<T>> group_by_key(const std::vector<T>& items, KeyOf&& key_of) {
  using Key = std::decay_t<std::invoke_result_t<KeyOf&, const T&>>;
  std::unordered_map<Key, std::size_t> slot;  // key -> index of its group
  std::vector<std::vector<T>> groups;
  for (const T& item : items) {
    auto [it, fresh] = slot.try_emplace(key_of(item), groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(item);
  }
  return groups;
}

// The characters of s in increasing order, by counting: O(|s| + 256). Two strings
// have the same key exactly when one is a rearrangement of the other.
inline std::string anagram_key(const std::string& s) {
  std::array<std::size_t, 256> count{};
  for (char c : s) ++count[static_cast<unsigned char>(c)];
  std::string key;
  key.reserve(s.size());
  for (std::size_t c = 0; c < count.size(); ++c) key.append(count[c], static_cast<char>(c));
  return key;
}

// The length of the longest run v, v + 1, ..., v + k - 1 of distinct values all
// present in `values` (repeats count once); 0 for no values. Values are widened to
// long long, so int values at INT_MIN or INT_MAX are fine.
template <class T>
std::size_t longest_consecutive_run(const std::vector<T>& values) {
  std::unordered_set<long long> present;
  for (const T& v : values) present.insert(static_cast<long long>(v));
  std::size_t best = 0;
  for (long long v : present) {  // the set, not `values`: a repeated run start is walked once
    if (present.count(v - 1)) continue;  // v is inside a run, not at its start
    std::size_t length = 1;
    while (present.count(v + static_cast<long long>(length))) ++length;
    best = std::max(best, length);
  }
  return best;
}

}  // namespace kata::patterns
