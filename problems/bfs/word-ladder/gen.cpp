// size: the number of words in wordList (fewer when the small alphabet has fewer
// words of the chosen length). Small sizes use words of 1 to 3 letters over 2 or 3
// letters, so ladders, ties and dead ends are common; large sizes use 10-letter
// words. A random one-letter-at-a-time walk from beginWord is planted in the list.

Json generate(Random& rng, int size) {
  const int n = std::max(1, std::min(size, 5000));
  const bool small = n <= 20;
  const int len = small ? rng.between(1, 3) : (n >= 1000 ? 10 : rng.between(3, 10));
  const char filler_top = small ? static_cast<char>('a' + rng.between(1, 2)) : 'c';
  const char walk_top = small ? filler_top : 'z';

  std::string begin = letters(rng, len, 'a', filler_top);
  std::set<std::string> in_list;
  std::vector<std::string> list;
  auto add = [&](const std::string& w) {
    if (static_cast<int>(list.size()) < n && in_list.insert(w).second) list.push_back(w);
  };

  // A walk that changes one letter per step; its words go into the list.
  std::string at = begin;
  const int steps = rng.between(1, std::max(1, small ? n : 60));
  for (int s = 0; s < steps; ++s) {
    at[static_cast<std::size_t>(rng.between(0, len - 1))] =
        static_cast<char>(rng.between('a', walk_top));
    if (at != begin) add(at);
  }
  std::string end = at;
  if (rng.chance(0.2)) add(begin);
  for (int tries = 0; static_cast<int>(list.size()) < n && tries < 40 * n; ++tries)
    add(letters(rng, len, 'a', filler_top));

  const int roll = rng.between(0, 99);  // below 50: the walk's last word
  if (roll >= 75 && !list.empty()) {
    end = rng.pick(list);  // another word of the list: reachable or not
  } else if (roll >= 50) {
    end = letters(rng, len, 'a', walk_top);  // often missing from the list
  }
  if (end == begin) {
    auto& c = end[static_cast<std::size_t>(rng.between(0, len - 1))];
    c = c == 'a' ? 'b' : 'a';
  }
  rng.shuffle(list);
  return Json::array({begin, end, list});
}
