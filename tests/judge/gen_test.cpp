// Generators' random source (kata/gen.hpp): seeded, portable, and the full-size
// inputs `kata bench` asks for.
#include <catch2/catch.hpp>

#include <kata/gen.hpp>

using kata::gen::Random;

TEST_CASE("A seed gives the same draws every time", "[gen]") {
  Random a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 100; ++i) {
    const int x = a.between(0, 1000);
    CHECK(x == b.between(0, 1000));
    differs = differs || x != c.between(0, 1000);
  }
  CHECK(differs);
}

TEST_CASE("extent draws as between does, and gives the size itself in a full-size input",
          "[gen]") {
  Random plain(7), extent(7), full(7);
  full.set_full_size(true);
  bool below = false;
  for (int i = 0; i < 200; ++i) {
    const int drawn = plain.between(1, 50);
    CHECK(extent.extent(1, 50) == drawn);
    CHECK(full.extent(1, 50) == 50);
    below = below || drawn < 50;
  }
  CHECK(below);
  // The full-size source made the same draws: what follows is the same again.
  CHECK(full.between(0, 1 << 30) == plain.between(0, 1 << 30));
}
