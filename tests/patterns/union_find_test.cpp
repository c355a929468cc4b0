#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include <kata/patterns/union_find.hpp>

using kata::patterns::UnionFind;

TEST_CASE("Every element starts in a set of its own", "[union-find]") {
  UnionFind uf(4);
  CHECK(uf.count() == 4);
  for (int i = 0; i < 4; ++i) {
    CHECK(uf.find(i) == i);
    CHECK(uf.size_of(i) == 1);
  }
  CHECK_FALSE(uf.same(0, 1));
}

TEST_CASE("Uniting merges sets and reports whether it merged", "[union-find]") {
  UnionFind uf(5);
  CHECK(uf.unite(0, 1));
  CHECK(uf.unite(2, 3));
  CHECK(uf.count() == 3);
  CHECK(uf.same(0, 1));
  CHECK_FALSE(uf.same(1, 2));
  CHECK(uf.unite(1, 3));
  CHECK(uf.same(0, 2));
  CHECK(uf.size_of(3) == 4);
  CHECK(uf.size_of(4) == 1);
  CHECK(uf.count() == 2);
  SECTION("an edge inside one set closes a cycle and changes nothing") {
    CHECK_FALSE(uf.unite(0, 3));
    CHECK_FALSE(uf.unite(2, 2));
    CHECK(uf.count() == 2);
    CHECK(uf.size_of(0) == 4);
  }
}

TEST_CASE("A single element is its own set", "[union-find]") {
  UnionFind uf(1);
  CHECK(uf.count() == 1);
  CHECK_FALSE(uf.unite(0, 0));
  CHECK(uf.size_of(0) == 1);
}

TEST_CASE("Zero elements make zero sets", "[union-find]") {
  UnionFind uf(0);
  CHECK(uf.count() == 0);
}

TEST_CASE("The smaller set is hung under the larger one", "[union-find]") {
  UnionFind uf(4);
  uf.unite(0, 1);
  uf.unite(0, 2);  // {0,1,2} rooted at 0
  int big = uf.find(0);
  uf.unite(3, 0);  // 3 is the smaller side, whichever argument it is
  CHECK(uf.find(3) == big);
}

TEST_CASE("A long chain stays correct and find compresses it", "[union-find]") {
  const int n = 200000;
  UnionFind uf(n);
  for (int i = 1; i < n; ++i) CHECK(uf.unite(i - 1, i));
  CHECK(uf.count() == 1);
  CHECK(uf.size_of(n - 1) == n);
  int root = uf.find(n - 1);
  for (int i = 0; i < n; i += 9973) CHECK(uf.find(i) == root);
}

TEST_CASE("Union-find agrees with a plain component labelling", "[union-find]") {
  // Random edges on 60 nodes; the reference relabels whole components on each merge.
  const int n = 60;
  UnionFind uf(n);
  std::vector<int> label(n);
  for (int i = 0; i < n; ++i) label[static_cast<std::size_t>(i)] = i;
  unsigned state = 12345;
  auto next = [&] { return static_cast<int>((state = state * 1103515245u + 12345u) >> 16) % n; };
  for (int step = 0; step < 150; ++step) {
    int a = next(), b = next();
    int la = label[static_cast<std::size_t>(a)], lb = label[static_cast<std::size_t>(b)];
    CHECK(uf.unite(a, b) == (la != lb));
    for (auto& l : label)
      if (l == lb) l = la;
    std::vector<int> distinct;
    for (int l : label)
      if (std::find(distinct.begin(), distinct.end(), l) == distinct.end()) distinct.push_back(l);
    CHECK(uf.count() == static_cast<int>(distinct.size()));
    int size_a = static_cast<int>(std::count(label.begin(), label.end(), la));
    CHECK(uf.size_of(b) == size_a);
  }
}
