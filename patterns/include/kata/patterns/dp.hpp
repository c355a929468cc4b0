// Dynamic programming helpers: memoised recursion over integer states, rolling table
// rows, and the two 1-D knapsack updates.
//
// Design. A DP is a recurrence over states plus an order of evaluation. There are
// two ways to get the order right, and each has one helper here:
//
//  - Top-down: write the recurrence as a recursive function and cache it. `Memo`
//    holds a dense table over a box of integer states [0, d1) x ... x [0, dk) and
//    hands itself to the function as its first argument, so a lambda can recurse:
//
//        auto ways = memoize<long long>({m, n}, [](auto& self, int r, int c) -> long long {
//          if (r == 0 || c == 0) return 1;
//          return self(r - 1, c) + self(r, c - 1);
//        });
//        ways(m - 1, n - 1);
//
//    Each state is computed at most once. A state outside the box throws
//    std::out_of_range rather than corrupting memory; a state that (through the
//    recurrence) asks for itself throws std::logic_error rather than looping. The
//    recursion is real
//    recursion: a chain of 10^5 dependent states can overflow the call stack, and
//    that is the point at which to switch to a table.
//
//  - Bottom-up: fill a table in an order where every dependency is already there.
//    When row i depends only on the last few rows, `RollingRows` keeps just those:
//    `dp[i][j]` reads and writes exactly as with a full table, but row i shares its
//    storage with row i - keep. Switching a full table to rolling rows is then a
//    one-line change, and the memory drops from O(rows * width) to O(keep * width).
//    A row is reused, not cleared: write every cell of row i before reading it.
//
//  - Knapsack over one row: a table indexed by a sum or capacity c, and items folded
//    in one at a time. `knapsack_once` and `knapsack_unbounded` run the same update,
//        table[c] = take(table[c], table[c - weight])   for every c >= weight,
//    and differ only in the direction of c. Downwards, table[c - weight] still holds
//    the value from before this item, so the item counts at most once (0/1
//    knapsack: Partition Equal Subset Sum). Upwards, it may already include the item,
//    so any number of copies count (Coin Change, Perfect Squares). Getting the
//    direction wrong is the classic knapsack bug, and it is silent: naming the
//    intent at the call site is the point of the two functions.
//        std::vector<char> reach(half + 1, 0);  reach[0] = 1;
//        for (int x : nums) knapsack_once(reach, x, [](bool without, bool with) { return without || with; });
#pragma once

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace kata::patterns {

// A recursive function of N integer arguments, each value cached in a dense table.
// F is called as f(memo, i1, ..., iN) and must return something convertible to R.
template <class R, std::size_t N, class F>
class Memo {
 public:
  Memo(const std::array<int, N>& dims, F f) : dims_(dims), f_(std::move(f)) {
    std::size_t cells = 1;
    for (int d : dims_) {
      if (d < 0) throw std::invalid_argument("Memo: negative dimension");
      cells *= static_cast<std::size_t>(d);
    }
    values_.resize(cells);
    status_.assign(cells, Status::unknown);
  }

  // The value of a state, computed on first use. The table never grows, so the
  // reference stays valid for the Memo's lifetime.
  template <class... I>
    requires(sizeof...(I) == N && (std::is_integral_v<I> && ...))
  const R& operator()(I... state) {
    const std::size_t at = flat({static_cast<long long>(state)...});
    if (status_[at] == Status::known) return values_[at];
    if (status_[at] == Status::busy)
      throw std::logic_error("Memo: a state depends on itself (the recurrence has a cycle)");
    status_[at] = Status::busy;
    try {
      values_[at] = f_(*this, state...);
    } catch (...) {
      status_[at] = Status::unknown;
      throw;
    }
    status_[at] = Status::known;
    ++computed_;
    return values_[at];
  }

  // How many distinct states have been evaluated so far.
  std::size_t computed() const { return computed_; }

 private:
  enum class Status : unsigned char { unknown, busy, known };

  std::size_t flat(const std::array<long long, N>& state) const {
    std::size_t at = 0;
    for (std::size_t k = 0; k < N; ++k) {
      if (state[k] < 0 || state[k] >= dims_[k])
        throw std::out_of_range("Memo: state coordinate " + std::to_string(k) + " = " +
                                std::to_string(state[k]) + " is outside [0, " +
                                std::to_string(dims_[k]) + ")");
      at = at * static_cast<std::size_t>(dims_[k]) + static_cast<std::size_t>(state[k]);
    }
    return at;
  }

  std::array<int, N> dims_;
  F f_;
  std::vector<R> values_;
  std::vector<Status> status_;
  std::size_t computed_ = 0;
};

// memoize<R>({d1, ..., dN}, f): builds a Memo, deducing N from the braced list and F
// from the function.
template <class R, std::size_t N, class F>
Memo<R, N, F> memoize(const int (&dims)[N], F f) {
  std::array<int, N> box{};
  for (std::size_t k = 0; k < N; ++k) box[k] = dims[k];
  return Memo<R, N, F>(box, std::move(f));
}

// A table of `width` columns that keeps only its last `keep` rows. Row i and row
// i - keep are the same storage; rows may be indexed by any non-negative number.
template <class T>
class RollingRows {
 public:
  RollingRows(std::size_t keep, std::size_t width, const T& fill = T{})
      : rows_(keep, std::vector<T>(width, fill)) {
    if (keep == 0) throw std::invalid_argument("RollingRows: keep must be at least 1");
  }

  std::vector<T>& operator[](std::size_t i) { return rows_[i % rows_.size()]; }
  const std::vector<T>& operator[](std::size_t i) const { return rows_[i % rows_.size()]; }

  std::size_t keep() const { return rows_.size(); }
  std::size_t width() const { return rows_.front().size(); }

 private:
  std::vector<std::vector<T>> rows_;
};

// Folds one item of `weight` into a 1-D knapsack table, at most once: for c from the
// top down to weight, table[c] = take(table[c], table[c - weight]), where
// table[c - weight] is still the value without this item. take(without, with_item)
// says how the two combine: `without || with_item` for "some subset reaches c",
// `without + with_item` for counting subsets, `min(without, with_item + 1)` for the
// fewest items. A weight past the end of the table changes nothing; weight 0 combines
// every cell with itself once.
template <class T, class Take>
void knapsack_once(std::vector<T>& table, std::size_t weight, Take take) {
  if (weight >= table.size()) return;
  for (std::size_t c = table.size(); c-- > weight;) {
    T with_item = table[c - weight];  // read first: with weight 0 it is table[c] itself
    table[c] = take(T(table[c]), with_item);
  }
}

// The same update with any number of copies of the item: c runs upwards, so
// table[c - weight] may already hold the item (unbounded knapsack; Coin Change).
// Throws std::invalid_argument for weight 0, which would allow infinitely many copies
// that add nothing.
template <class T, class Take>
void knapsack_unbounded(std::vector<T>& table, std::size_t weight, Take take) {
  if (weight == 0) throw std::invalid_argument("knapsack_unbounded: weight 0 repeats forever");
  for (std::size_t c = weight; c < table.size(); ++c) {
    T with_item = table[c - weight];
    table[c] = take(T(table[c]), with_item);
  }
}

}  // namespace kata::patterns
