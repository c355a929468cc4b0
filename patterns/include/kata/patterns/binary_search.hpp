// Binary search: the first integer in a range where a monotone yes/no test turns true.
//
// Every binary search in the catalog is one question: over a range of integers
// (indices of an array, or candidate answer values), a predicate is false,
// false, ..., false, true, ..., true; where is the first true? first_true asks
// it over the half-open range [lo, hi) and answers hi when the predicate is never
// true, so "not found" needs no special value. first_true_in_values asks it over
// the closed range [lo, hi] of candidate answer values and answers nullopt when
// there is none; it never evaluates outside the range, so hi may be the largest
// value of the type. The midpoint is computed without overflow for any signed or
// unsigned integer type, negative bounds included. Each call evaluates the
// predicate O(log(hi - lo)) times.
#pragma once

#include <concepts>
#include <optional>
#include <type_traits>

namespace kata::patterns {

namespace detail {

// Any integer type but bool (which has no halves).
template <class T>
concept search_integer = std::integral<T> && !std::same_as<T, bool>;

// lo + (hi - lo) / 2 for lo <= hi, even when hi - lo does not fit in T.
template <search_integer T>
constexpr T midpoint_down(T lo, T hi) {
  using U = std::make_unsigned_t<T>;
  U half = static_cast<U>(static_cast<U>(hi) - static_cast<U>(lo)) / 2;
  return static_cast<T>(static_cast<U>(lo) + half);
}

}  // namespace detail

// The first x in [lo, hi) with pred(x), or hi if there is none.
// pred must be monotone on [lo, hi): once true, true for every larger x.
// An empty range (lo >= hi) answers hi without calling pred.
template <detail::search_integer T, std::predicate<T> Pred>
constexpr T first_true(T lo, T hi, Pred pred) {
  if (hi < lo) return hi;
  while (lo < hi) {  // invariant: pred is false below lo and true from hi on
    T mid = detail::midpoint_down(lo, hi);
    if (pred(mid)) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
}

// The smallest value v in the closed range [lo, hi] with pred(v), or nullopt if
// pred holds nowhere in it. For searching a range of candidate answers ("the
// least capacity that works", "the first value with too many elements below
// it"): the range is closed, so hi may be the largest value of T and no bound
// is ever evaluated outside [lo, hi]. pred must be monotone on [lo, hi].
// An empty range (lo > hi) answers nullopt without calling pred.
template <detail::search_integer T, std::predicate<T> Pred>
constexpr std::optional<T> first_true_in_values(T lo, T hi, Pred pred) {
  if (hi < lo) return std::nullopt;
  T first = first_true(lo, hi, pred);  // searches [lo, hi), answers hi if nothing there
  if (first < hi || pred(hi)) return first;
  return std::nullopt;
}

}  // namespace kata::patterns
