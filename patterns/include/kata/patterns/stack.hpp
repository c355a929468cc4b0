// Stack: the last thing opened is the first thing that must be finished.
//
// Three shapes of the same idea, one per problem of the pattern:
// - brackets_balanced: every opener pushes the closer it expects; every closer must
//   equal the top, which it pops. The string is balanced when no closer was refused
//   and nothing is left waiting. The pairs are configurable (BracketSet); characters
//   that are no bracket are skipped. O(n).
// - AggregateStack: a stack whose every slot also stores the aggregate (minimum,
//   maximum, sum, ...) of itself and all the slots below it. The slots below never
//   change while a slot is on the stack, so that stored value stays right, and a pop
//   uncovers the aggregate of what remains, already computed. O(1) per operation,
//   for any associative `combine`.
// - fold_nested: a bracketed text read left to right, with a stack of the enclosing
//   levels' unfinished states. An opener saves the current state and starts a fresh
//   one; the matching closer hands the finished inner state to the saved outer one.
//   Decode String is such a fold; so are nesting depths and bracketed sums. O(n)
//   calls of the callbacks.
#pragma once

#include <cassert>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kata::patterns {

// Pairs of brackets: opens[i] is closed by closes[i]. The two strings have the same
// length, and no character appears twice among them.
struct BracketSet {
  std::string_view opens = "([{";
  std::string_view closes = ")]}";
};

// True when the brackets of `s` (the characters of `pairs`; all other characters are
// ignored) are balanced: each closer closes the most recently opened bracket that is
// still open, that bracket is of its own kind, and no bracket is left open.
inline bool brackets_balanced(std::string_view s, BracketSet pairs = {}) {
  std::string expected;  // the closers the open brackets wait for, innermost on top
  for (char c : s) {
    if (auto k = pairs.opens.find(c); k != std::string_view::npos) {
      expected.push_back(pairs.closes[k]);
    } else if (pairs.closes.find(c) != std::string_view::npos) {
      if (expected.empty() || expected.back() != c) return false;  // nothing open, or the wrong kind
      expected.pop_back();
    }
  }
  return expected.empty();  // an opener left over was never closed
}

// combine functors for AggregateStack.
struct MinOf {
  template <class T>
  const T& operator()(const T& below, const T& x) const { return x < below ? x : below; }
};
struct MaxOf {
  template <class T>
  const T& operator()(const T& below, const T& x) const { return below < x ? x : below; }
};

// A stack that answers "the aggregate of everything on me" in O(1): each slot keeps
// combine(aggregate of the slots below, its value). `combine` must be associative
// (min, max, +, gcd, ...); it need not be commutative nor have an inverse, since a
// pop never has to undo anything. top(), aggregate() and pop() need a non-empty stack.
template <class T, class Combine = MinOf>
class AggregateStack {
 public:
  explicit AggregateStack(Combine combine = {}) : combine_(std::move(combine)) {}

  void push(const T& x) {
    T running = slots_.empty() ? x : T(combine_(slots_.back().running, x));
    slots_.push_back({x, std::move(running)});
  }
  void pop() {
    assert(!slots_.empty());
    slots_.pop_back();
  }
  const T& top() const {
    assert(!slots_.empty());
    return slots_.back().value;
  }
  // combine over all values, bottom to top.
  const T& aggregate() const {
    assert(!slots_.empty());
    return slots_.back().running;
  }
  std::size_t size() const { return slots_.size(); }
  bool empty() const { return slots_.empty(); }

 private:
  struct Slot {
    T value;
    T running;  // combine of the values of this slot and every slot below it
  };
  Combine combine_;
  std::vector<Slot> slots_;
};

template <class T>
using MinStack = AggregateStack<T, MinOf>;
template <class T>
using MaxStack = AggregateStack<T, MaxOf>;

// Folds a nested text. `State` is what a level has built so far; the text's top
// level starts from `top`, and every level opened by `open` starts from State{}.
// - on_char(State& current, char c) for every character other than `open`/`close`;
// - on_close(State& outer, State&& inner) when `close` ends the level `inner`, whose
//   opener was met while `outer` was current.
// Returns the top level's final state. Throws std::invalid_argument when a closer has
// no opener or an opener is never closed.
template <class State, class OnChar, class OnClose>
State fold_nested(std::string_view s, char open, char close, State top, OnChar&& on_char,
                  OnClose&& on_close) {
  std::vector<State> outer;  // the unfinished enclosing levels, innermost on top
  State current = std::move(top);
  for (char c : s) {
    if (c == open) {
      outer.push_back(std::move(current));  // save the enclosing level as it is now
      current = State{};
    } else if (c == close) {
      if (outer.empty()) throw std::invalid_argument("fold_nested: a closer without an opener");
      State inner = std::move(current);
      current = std::move(outer.back());
      outer.pop_back();
      on_close(current, std::move(inner));
    } else {
      on_char(current, c);
    }
  }
  if (!outer.empty()) throw std::invalid_argument("fold_nested: an opener that is never closed");
  return current;
}

}  // namespace kata::patterns
