// A tiny seeded generator for the pattern tests' randomized comparisons: the same
// seed gives the same values on every machine.
#pragma once

namespace kata::patterns::test {

struct Lcg {
  unsigned state;
  int operator()(int lo, int hi) {  // uniform enough in [lo, hi]
    state = state * 1103515245u + 12345u;
    return lo + static_cast<int>((state >> 16) % static_cast<unsigned>(hi - lo + 1));
  }
};

}  // namespace kata::patterns::test
