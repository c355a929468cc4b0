// Topological order by Kahn's algorithm: an order of a DAG's nodes, or "there is a cycle".
//
// The graph is given as successor lists: successors[u] holds every v that must
// come after u (one entry per edge; duplicate edges are fine). Kahn's algorithm
// counts each node's incoming edges, starts from the nodes with none, and
// repeatedly emits a ready node and removes its outgoing edges, which may make
// its successors ready. If some nodes are never emitted, each of them still has
// an incoming edge from another unemitted node, so they contain a cycle.
// Ready nodes are taken first in, first out, so the order is deterministic.
// Cost: O(V + E) time, O(V) extra space.
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace kata::patterns {

// Successor lists from an edge list of (before, after) pairs over nodes 0..n-1.
inline std::vector<std::vector<int>> successor_lists(
    int n, const std::vector<std::pair<int, int>>& edges) {
  std::vector<std::vector<int>> successors(static_cast<std::size_t>(n));
  for (auto [before, after] : edges) successors[static_cast<std::size_t>(before)].push_back(after);
  return successors;
}

// Every node once, each before all of its successors; nullopt when the graph has a cycle.
inline std::optional<std::vector<int>> topological_order(
    const std::vector<std::vector<int>>& successors) {
  const std::size_t n = successors.size();
  std::vector<int> indegree(n, 0);
  for (const auto& next : successors)
    for (int v : next) ++indegree[static_cast<std::size_t>(v)];
  std::vector<int> order;  // doubles as the FIFO queue: order[head..] are ready, not yet expanded
  order.reserve(n);
  for (std::size_t u = 0; u < n; ++u)
    if (indegree[u] == 0) order.push_back(static_cast<int>(u));
  // Invariant: every node in `order` has all of its predecessors earlier in `order`.
  for (std::size_t head = 0; head < order.size(); ++head)
    for (int v : successors[static_cast<std::size_t>(order[head])])
      if (--indegree[static_cast<std::size_t>(v)] == 0) order.push_back(v);
  if (order.size() != n) return std::nullopt;
  return order;
}

}  // namespace kata::patterns
