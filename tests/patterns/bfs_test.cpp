#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <kata/patterns/bfs.hpp>

#include "sorted.hpp"

using namespace kata::patterns;
using kata::patterns::test::sorted;

namespace {

// A path 0 - 1 - 2 - ... - (n-1), as a neighbours callback.
auto path_graph(int n) {
  return [n](int u, auto&& emit) {
    if (u > 0) emit(u - 1);
    if (u + 1 < n) emit(u + 1);
  };
}

// An adjacency list as a neighbours callback.
auto adjacency(const std::vector<std::vector<int>>& g) {
  return [&g](int u, auto&& emit) {
    for (int v : g[static_cast<std::size_t>(u)]) emit(v);
  };
}

}  // namespace

TEST_CASE("Levels group the nodes of a path by their distance from the start", "[bfs]") {
  auto levels = bfs_levels(std::vector<int>{0}, path_graph(4));
  REQUIRE(levels == std::vector<std::vector<int>>{{0}, {1}, {2}, {3}});
}

TEST_CASE("A start in the middle of a path reaches both sides on the same level", "[bfs]") {
  auto levels = bfs_levels(std::vector<int>{2}, path_graph(5));
  REQUIRE(levels.size() == 3);
  CHECK(levels[0] == std::vector<int>{2});
  CHECK(sorted(levels[1]) == std::vector<int>{1, 3});
  CHECK(sorted(levels[2]) == std::vector<int>{0, 4});
}

TEST_CASE("A node reached from many nodes of one level enters the next level once", "[bfs]") {
  // 0 -> {1, 2, 3}, each of which -> 4; 4 -> 0 (a cycle back to the start).
  std::vector<std::vector<int>> g{{1, 2, 3}, {4}, {4}, {4}, {0}};
  auto levels = bfs_levels(std::vector<int>{0}, adjacency(g));
  REQUIRE(levels.size() == 3);
  CHECK(sorted(levels[1]) == std::vector<int>{1, 2, 3});
  CHECK(levels[2] == std::vector<int>{4});
}

TEST_CASE("Many starts form level zero together, duplicates removed", "[bfs]") {
  auto levels = bfs_levels(std::vector<int>{0, 6, 0}, path_graph(7));
  REQUIRE(levels.size() == 4);
  CHECK(sorted(levels[0]) == std::vector<int>{0, 6});
  CHECK(sorted(levels[1]) == std::vector<int>{1, 5});
  CHECK(sorted(levels[2]) == std::vector<int>{2, 4});
  CHECK(levels[3] == std::vector<int>{3});
}

TEST_CASE("No starts means no levels and no distance", "[bfs]") {
  CHECK(bfs_levels(std::vector<int>{}, path_graph(3)).empty());
  CHECK(bfs_distance(std::vector<int>{}, path_graph(3), [](int) { return true; }) == -1);
}

TEST_CASE("Distance counts edges to the nearest goal and is zero at a start", "[bfs]") {
  CHECK(bfs_distance(std::vector<int>{0}, path_graph(10), [](int u) { return u == 7; }) == 7);
  CHECK(bfs_distance(std::vector<int>{3}, path_graph(10), [](int u) { return u == 3; }) == 0);
  // Two goals: the nearer one decides.
  CHECK(bfs_distance(std::vector<int>{5}, path_graph(10),
                     [](int u) { return u == 0 || u == 8; }) == 3);
}

TEST_CASE("Distance is -1 when the goal is in another component", "[bfs]") {
  std::vector<std::vector<int>> g{{1}, {0}, {3}, {2}};
  CHECK(bfs_distance(std::vector<int>{0}, adjacency(g), [](int u) { return u == 3; }) == -1);
}

TEST_CASE("A shortcut edge beats the long way round", "[bfs]") {
  // 0-1-2-3-4-5 plus an edge 0-4.
  std::vector<std::vector<int>> g{{1, 4}, {0, 2}, {1, 3}, {2, 4}, {3, 5, 0}, {4}};
  CHECK(bfs_distance(std::vector<int>{0}, adjacency(g), [](int u) { return u == 5; }) == 2);
}

TEST_CASE("The frame stops at the level where on_level asks it to", "[bfs]") {
  std::vector<int> seen_depths;
  int stopped = bfs_by_levels(std::vector<int>{0}, path_graph(100),
                              [&](int depth, const std::vector<int>&) {
                                seen_depths.push_back(depth);
                                return depth == 4;
                              });
  CHECK(stopped == 4);
  CHECK(seen_depths == std::vector<int>{0, 1, 2, 3, 4});
}

TEST_CASE("The frame returns -1 after exhausting the graph without a stop", "[bfs]") {
  int levels = 0;
  int stopped = bfs_by_levels(std::vector<int>{0}, path_graph(6),
                              [&](int, const std::vector<int>&) {
                                ++levels;
                                return false;
                              });
  CHECK(stopped == -1);
  CHECK(levels == 6);
}

TEST_CASE("Implicit graphs of strings work: a word ladder", "[bfs]") {
  std::vector<std::string> dict{"hot", "dot", "dog", "lot", "log", "cog"};
  auto one_letter_away = [&](const std::string& w, auto&& emit) {
    for (const auto& d : dict) {
      int diff = 0;
      for (std::size_t i = 0; i < w.size(); ++i) diff += w[i] != d[i];
      if (diff == 1) emit(d);
    }
  };
  CHECK(bfs_distance(std::vector<std::string>{"hit"}, one_letter_away,
                     [](const std::string& w) { return w == "cog"; }) == 4);
  CHECK(bfs_distance(std::vector<std::string>{"hit"}, one_letter_away,
                     [](const std::string& w) { return w == "cat"; }) == -1);
}

TEST_CASE("A custom hash lets pairs be nodes: a grid walk around a wall", "[bfs]") {
  // 3 x 3 grid, wall in the middle column except at the bottom row.
  const std::vector<std::string> grid{".#.", ".#.", "..."};
  using Cell = std::pair<int, int>;
  struct CellHash {
    std::size_t operator()(const Cell& c) const {
      return std::hash<int>{}(c.first * 1000 + c.second);
    }
  };
  auto open_neighbours = [&](const Cell& at, auto&& emit) {
    for_each_neighbour4(3, 3, at.first, at.second, [&](int r, int c) {
      if (grid[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] == '.') emit(Cell{r, c});
    });
  };
  int d = bfs_distance<Cell, CellHash>(std::vector<Cell>{{0, 0}}, open_neighbours,
                                       [](const Cell& c) { return c == Cell{0, 2}; });
  CHECK(d == 6);
}

TEST_CASE("Grid neighbours stay inside the grid", "[bfs]") {
  auto collect = [](int rows, int cols, int r, int c) {
    std::vector<std::pair<int, int>> out;
    for_each_neighbour4(rows, cols, r, c, [&](int nr, int nc) { out.push_back({nr, nc}); });
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(collect(3, 3, 1, 1) == std::vector<std::pair<int, int>>{{0, 1}, {1, 0}, {1, 2}, {2, 1}});
  CHECK(collect(3, 3, 0, 0) == std::vector<std::pair<int, int>>{{0, 1}, {1, 0}});
  CHECK(collect(2, 4, 1, 3) == std::vector<std::pair<int, int>>{{0, 3}, {1, 2}});
  CHECK(collect(1, 1, 0, 0).empty());
}

TEST_CASE("Multi-source levels on a grid give each cell its distance to the nearest source",
          "[bfs]") {
  const int rows = 3, cols = 4;
  auto neighbours = [&](int cell, auto&& emit) {
    for_each_neighbour4(rows, cols, cell / cols, cell % cols,
                        [&](int r, int c) { emit(r * cols + c); });
  };
  // Sources at the top-left and bottom-right corners.
  auto levels = bfs_levels(std::vector<int>{0, rows * cols - 1}, neighbours);
  std::vector<int> dist(rows * cols, -1);
  for (std::size_t d = 0; d < levels.size(); ++d)
    for (int cell : levels[d]) dist[static_cast<std::size_t>(cell)] = static_cast<int>(d);
  CHECK(dist == std::vector<int>{0, 1, 2, 2,  //
                                 1, 2, 2, 1,  //
                                 2, 2, 1, 0});
}
