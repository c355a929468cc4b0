// Backtracking: depth-first search over partial solutions, choose / explore / unchoose.
//
// A backtracking search walks a tree whose nodes are partial solutions. At
// each node the frame does the same four things:
//
//   if accept(state): emit(state)            report a complete solution
//   for choice in candidates(state):         only the choices that can still lead somewhere
//     choose(state, choice)                  make it
//     explore the child                      recurse
//     unchoose(state, choice)                undo it exactly
//
// backtrack() is that frame with the four steps passed in as callables, so the
// bookkeeping lives in one place: the state is mutated in place and, because
// every choose is paired with its unchoose, it is back to what it was when the
// call returns. Pruning lives in candidates(): a choice it does not offer is a
// subtree never visited. An accepted state is still extended by its candidates
// (Subsets reports every node), so a problem whose solutions are leaves simply
// offers no candidates there. emit may return bool: true stops the whole
// search (Word Search needs one path, not all of them); backtrack() then
// returns true, still having undone every choice. backtrack_path() is the
// common special case where the state is just the list of choices so far
// (choose is push_back, unchoose is pop_back).
//
// Cost: the number of nodes visited times the work per node; the recursion is
// as deep as the longest chain of choices.
#pragma once

#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace kata::patterns {

namespace detail {

// Calls emit(state) and says whether it asked to stop (a void emit never does).
template <class Emit, class State>
bool emit_and_check_stop(Emit& emit, const State& state) {
  if constexpr (std::is_same_v<std::invoke_result_t<Emit&, const State&>, bool>) {
    return std::invoke(emit, state);
  } else {
    std::invoke(emit, state);
    return false;
  }
}

}  // namespace detail

// Enumerates, depth first, every state reachable from `state` by choices that
// candidates() offers, and emits those that accept() takes, in the order the
// candidates are offered. Returns true if emit asked to stop.
//   candidates(const State&) -> a range of choices (taken by value, so choose may
//                               change what a later call would offer)
//   choose(State&, const Choice&), unchoose(State&, const Choice&)
//   accept(const State&) -> bool
//   emit(const State&) -> void, or bool: true stops the search
template <class State, class Candidates, class Choose, class Unchoose, class Accept, class Emit>
bool backtrack(State& state, Candidates&& candidates, Choose&& choose, Unchoose&& unchoose,
               Accept&& accept, Emit&& emit) {
  if (std::invoke(accept, std::as_const(state)) && detail::emit_and_check_stop(emit, state))
    return true;
  auto choices = std::invoke(candidates, std::as_const(state));
  for (const auto& choice : choices) {
    std::invoke(choose, state, choice);
    bool stop = backtrack(state, candidates, choose, unchoose, accept, emit);
    std::invoke(unchoose, state, choice);
    if (stop) return true;
  }
  return false;
}

// backtrack() where the state is the path of choices made so far.
//   candidates(const std::vector<Choice>& path) -> a range of Choice
//   accept(const std::vector<Choice>& path) -> bool
//   emit(const std::vector<Choice>& path) -> void, or bool: true stops the search
template <class Choice, class Candidates, class Accept, class Emit>
bool backtrack_path(std::vector<Choice>& path, Candidates&& candidates, Accept&& accept,
                    Emit&& emit) {
  return backtrack(
      path, candidates, [](std::vector<Choice>& p, const Choice& c) { p.push_back(c); },
      [](std::vector<Choice>& p, const Choice&) { p.pop_back(); }, accept, emit);
}

}  // namespace kata::patterns
