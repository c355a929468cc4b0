#include <catch2/catch.hpp>

#include <utility>
#include <vector>

#include <kata/patterns/topological_sort.hpp>

using kata::patterns::successor_lists;
using kata::patterns::topological_order;

namespace {

// True when `order` lists 0..n-1 once each and puts every edge's source first.
bool respects(const std::vector<int>& order, const std::vector<std::vector<int>>& successors) {
  std::vector<int> position(successors.size(), -1);
  if (order.size() != successors.size()) return false;
  for (std::size_t i = 0; i < order.size(); ++i) {
    auto u = static_cast<std::size_t>(order[i]);
    if (u >= successors.size() || position[u] != -1) return false;
    position[u] = static_cast<int>(i);
  }
  for (std::size_t u = 0; u < successors.size(); ++u)
    for (int v : successors[u])
      if (position[u] >= position[static_cast<std::size_t>(v)]) return false;
  return true;
}

}  // namespace

TEST_CASE("A chain comes out in chain order", "[topological-sort]") {
  auto order = topological_order(successor_lists(4, {{2, 3}, {0, 1}, {1, 2}}));
  REQUIRE(order);
  CHECK(*order == std::vector<int>{0, 1, 2, 3});
}

TEST_CASE("A diamond comes out with both middles between its ends", "[topological-sort]") {
  auto graph = successor_lists(4, {{0, 1}, {0, 2}, {1, 3}, {2, 3}});
  auto order = topological_order(graph);
  REQUIRE(order);
  CHECK(respects(*order, graph));
  CHECK(order->front() == 0);
  CHECK(order->back() == 3);
}

TEST_CASE("Nodes without edges are all emitted, in index order", "[topological-sort]") {
  auto order = topological_order(successor_lists(3, {}));
  REQUIRE(order);
  CHECK(*order == std::vector<int>{0, 1, 2});
}

TEST_CASE("An empty graph has the empty order", "[topological-sort]") {
  auto order = topological_order({});
  REQUIRE(order);
  CHECK(order->empty());
}

TEST_CASE("A cycle is reported, even when other nodes are fine", "[topological-sort]") {
  SECTION("two nodes pointing at each other") {
    CHECK_FALSE(topological_order(successor_lists(2, {{0, 1}, {1, 0}})));
  }
  SECTION("a self-loop") { CHECK_FALSE(topological_order(successor_lists(1, {{0, 0}}))); }
  SECTION("a cycle downstream of a valid prefix") {
    CHECK_FALSE(topological_order(successor_lists(5, {{0, 1}, {1, 2}, {2, 3}, {3, 1}, {0, 4}})));
  }
}

TEST_CASE("Duplicate edges are counted once per copy and still sort", "[topological-sort]") {
  auto graph = successor_lists(3, {{0, 1}, {0, 1}, {1, 2}});
  auto order = topological_order(graph);
  REQUIRE(order);
  CHECK(*order == std::vector<int>{0, 1, 2});
}

TEST_CASE("A large random DAG is ordered correctly", "[topological-sort]") {
  // Edges only go from a smaller to a larger label of a shuffled permutation.
  const int n = 3000;
  std::vector<int> label(n);
  for (int i = 0; i < n; ++i) label[static_cast<std::size_t>(i)] = (i * 7919) % n;
  std::vector<std::pair<int, int>> edges;
  unsigned state = 7;
  auto next = [&] { return static_cast<int>((state = state * 1664525u + 1013904223u) >> 8) % n; };
  for (int k = 0; k < 20000; ++k) {
    int a = next(), b = next();
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    edges.emplace_back(label[static_cast<std::size_t>(a)], label[static_cast<std::size_t>(b)]);
  }
  auto graph = successor_lists(n, edges);
  auto order = topological_order(graph);
  REQUIRE(order);
  CHECK(respects(*order, graph));
  SECTION("and one back edge makes it cyclic") {
    auto [a, b] = edges.front();
    graph[static_cast<std::size_t>(b)].push_back(a);
    CHECK_FALSE(topological_order(graph));
  }
}
