// Random inputs for generators: a small, seedable, portable source of test data.
//
// Every problem has a generator, `Json generate(kata::gen::Random& rng, int size)`,
// returning the method's argument list. `size` is the problem's size knob (its
// meaning is written at the top of the problem's gen.cpp); problem.json gives the
// value for small random inputs and the one at the maximum constraints. The same
// seed gives the same inputs on every machine: no std distributions are used.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <string>
#include <unordered_set>
#include <vector>

#include <kata/judge/json.hpp>

namespace kata::gen {

using Json = kata::judge::Json;

// SplitMix64 (Steele, Lea, Flood 2014): tiny state, good enough for test data.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [lo, hi], both inclusive.
  long long between(long long lo, long long hi) {
    auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    return lo + static_cast<long long>(span == 0 ? next() : next() % span);
  }
  int between(int lo, int hi) {
    return static_cast<int>(between(static_cast<long long>(lo), static_cast<long long>(hi)));
  }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  // One of an input's dimensions that may be anything up to `size` (a grid's rows,
  // a word's length): uniform in [lo, size], except that an input made for `kata
  // bench` (full_size) has every such dimension at `size`, so that the time it
  // fits against n grows the way the problem's stated cost does. The draw is made
  // either way: a seed gives the same input as before `extent` existed.
  int extent(int lo, int size) {
    const int drawn = between(lo, size);
    return full_size_ ? size : drawn;
  }
  void set_full_size(bool on) { full_size_ = on; }
  bool full_size() const { return full_size_; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(between(0, static_cast<int>(v.size()) - 1))];
  }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (std::size_t i = v.size(); i > 1; --i)
      std::swap(v[i - 1], v[static_cast<std::size_t>(between(0LL, static_cast<long long>(i - 1)))]);
  }

 private:
  std::uint64_t state_;
  bool full_size_ = false;
};

inline std::vector<int> ints(Random& r, int n, int lo, int hi) {
  std::vector<int> v(static_cast<std::size_t>(std::max(n, 0)));
  for (auto& x : v) x = r.between(lo, hi);
  return v;
}

// n distinct values from [lo, hi] in increasing order (needs hi - lo + 1 >= n).
// On a wide range: values are drawn until n distinct ones are in hand, counting
// every draw and removing repeats each time the count reaches a multiple of 64 or
// n. That rule fixes which draws a seed's input is made of (committed cases name
// seeds, so it must not change); the set keeps it linear: the repeats are removed
// by merging the pending draws into it, not by sorting everything again.
inline std::vector<int> sorted_distinct(Random& r, int n, int lo, int hi) {
  std::vector<int> v;
  long long span = static_cast<long long>(hi) - lo + 1;
  if (span <= 4LL * n) {
    std::vector<int> all(static_cast<std::size_t>(span));
    std::iota(all.begin(), all.end(), lo);
    r.shuffle(all);
    v.assign(all.begin(), all.begin() + std::min<long long>(n, span));
  } else {
    std::unordered_set<int> seen;
    seen.reserve(static_cast<std::size_t>(std::max(n, 0)));
    std::vector<int> pending;
    while (static_cast<int>(seen.size() + pending.size()) < n) {
      pending.push_back(r.between(lo, hi));
      std::size_t count = seen.size() + pending.size();
      if (count % 64 == 0 || static_cast<int>(count) == n) {
        seen.insert(pending.begin(), pending.end());
        pending.clear();
      }
    }
    v.assign(seen.begin(), seen.end());
  }
  std::sort(v.begin(), v.end());
  return v;
}

inline std::string letters(Random& r, int n, char from = 'a', char to = 'z') {
  std::string s(static_cast<std::size_t>(std::max(n, 0)), from);
  for (auto& c : s) c = static_cast<char>(r.between(from, to));
  return s;
}

// A binary tree in LeetCode's level order with n nodes of random shape.
inline Json tree(Random& r, int n, int lo, int hi) {
  if (n <= 0) return Json::array();
  // Build a random shape by attaching each new node to a random free child slot.
  std::vector<std::array<int, 2>> kids(static_cast<std::size_t>(n), {-1, -1});
  std::vector<std::pair<int, int>> free_slots{{0, 0}, {0, 1}};
  for (int i = 1; i < n; ++i) {
    auto k = static_cast<std::size_t>(r.between(0, static_cast<int>(free_slots.size()) - 1));
    auto [parent, side] = free_slots[k];
    free_slots[k] = free_slots.back();
    free_slots.pop_back();
    kids[static_cast<std::size_t>(parent)][static_cast<std::size_t>(side)] = i;
    free_slots.push_back({i, 0});
    free_slots.push_back({i, 1});
  }
  Json out = Json::array();
  std::vector<int> level{0};
  for (std::size_t h = 0; h < level.size(); ++h) {
    int at = level[h];
    if (at < 0) {
      out.push_back(nullptr);
      continue;
    }
    out.push_back(r.between(lo, hi));
    level.push_back(kids[static_cast<std::size_t>(at)][0]);
    level.push_back(kids[static_cast<std::size_t>(at)][1]);
  }
  while (!out.empty() && out.back().is_null()) out.erase(out.end() - 1);
  return out;
}

}  // namespace kata::gen
