// BFS by levels: walk a graph outward from a set of starts, one whole distance level at a time.
//
// Design. The frame keeps two lists, the current level and the next one, instead of
// one queue with a "level size" counter: a level is then a plain vector the caller
// can look at as a whole (Rotting Oranges counts them, Level Order returns them,
// Word Ladder II needs every node of a level before it may move on). A node is
// marked seen when it is pushed, never when it is popped, so it enters the frontier
// once even if many nodes of the current level point at it; the first level that
// reaches a node is therefore its distance from the nearest start.
//
// The graph is implicit: `neighbours(u, emit)` calls `emit(v)` for every edge u -> v,
// so words one letter apart, grid cells and tree children all fit without building
// an adjacency list. Nodes need std::hash (or pass a Hash); grids usually encode a
// cell as the int r * cols + c, and for_each_neighbour4 walks its in-bounds
// neighbours. Cost: O(V + E) time, O(V) space for the seen set and two levels.
#pragma once

#include <array>
#include <functional>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kata::patterns {

// Visits the nodes reachable from `starts` level by level. on_level(depth, level)
// sees every node at distance `depth` (starts are depth 0, duplicates removed) and
// returns true to stop the search. Returns the depth at which it stopped, or -1 when
// every reachable node was visited and on_level never asked to stop.
template <class Node, class Hash = std::hash<Node>, class Neighbours, class OnLevel>
int bfs_by_levels(const std::vector<Node>& starts, Neighbours&& neighbours,
                  OnLevel&& on_level) {
  std::unordered_set<Node, Hash> seen;
  std::vector<Node> level;
  for (const Node& s : starts)
    if (seen.insert(s).second) level.push_back(s);
  // invariant: `level` holds exactly the nodes at distance `depth`, each once,
  // and `seen` holds every node at distance <= depth
  for (int depth = 0; !level.empty(); ++depth) {
    if (on_level(depth, static_cast<const std::vector<Node>&>(level))) return depth;
    std::vector<Node> next;
    for (const Node& u : level)
      neighbours(u, [&](const Node& v) {
        if (seen.insert(v).second) next.push_back(v);
      });
    level = std::move(next);
  }
  return -1;
}

// The fewest edges from any start to a node for which is_goal(node) holds, or -1
// when no such node is reachable.
template <class Node, class Hash = std::hash<Node>, class Neighbours, class Goal>
int bfs_distance(const std::vector<Node>& starts, Neighbours&& neighbours, Goal&& is_goal) {
  return bfs_by_levels<Node, Hash>(
      starts, std::forward<Neighbours>(neighbours),
      [&](int, const std::vector<Node>& level) {
        for (const Node& u : level)
          if (is_goal(u)) return true;
        return false;
      });
}

// Every node reachable from `starts`, grouped by distance: levels[d] holds the
// nodes at distance d, in the order the search met them.
template <class Node, class Hash = std::hash<Node>, class Neighbours>
std::vector<std::vector<Node>> bfs_levels(const std::vector<Node>& starts,
                                          Neighbours&& neighbours) {
  std::vector<std::vector<Node>> levels;
  bfs_by_levels<Node, Hash>(starts, std::forward<Neighbours>(neighbours),
                            [&](int, const std::vector<Node>& level) {
                              levels.push_back(level);
                              return false;
                            });
  return levels;
}

// Up, down, left, right as (row, column) steps.
inline constexpr std::array<std::pair<int, int>, 4> kFourDirections{
    {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}};

// Calls f(nr, nc) for each of the four neighbours of (r, c) inside a rows x cols grid.
template <class F>
void for_each_neighbour4(int rows, int cols, int r, int c, F&& f) {
  for (auto [dr, dc] : kFourDirections) {
    int nr = r + dr, nc = c + dc;
    if (nr >= 0 && nr < rows && nc >= 0 && nc < cols) f(nr, nc);
  }
}

}  // namespace kata::patterns
