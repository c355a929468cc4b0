// size: the number of equations. Half the inputs are planted (letters get hidden
// groups, "==" inside a group and "!=" across), so they are satisfiable; the rest
// are random. Small sizes use only a few letters, so chains and "a!=a" come up.

Json generate(Random& rng, int size) {
  int n = std::clamp(size, 1, 500);
  char last = n <= 12 ? static_cast<char>('a' + rng.between(1, 4)) : 'z';
  bool planted = rng.chance(0.5);
  std::vector<int> group = ints(rng, 26, 0, rng.between(1, 4));
  Json equations = Json::array();
  for (int i = 0; i < n; ++i) {
    std::string e = "a==a";
    e[0] = static_cast<char>(rng.between('a', last));
    e[3] = static_cast<char>(rng.between('a', last));
    bool equal = planted ? group[static_cast<std::size_t>(e[0] - 'a')] ==
                               group[static_cast<std::size_t>(e[3] - 'a')]
                         : rng.chance(0.7);
    if (!equal) e[1] = '!';
    equations.push_back(e);
  }
  return Json::array({equations});
}
