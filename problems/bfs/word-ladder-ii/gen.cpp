// size: the number of words in wordList (fewer when the alphabet has fewer words of
// the chosen length). Small sizes use words of 1 to 4 letters (rarely 1) over 2 or 3
// letters. Large sizes use 5-letter words: either random words over "abcd", or most
// of the cube of all words over "abc" with some holes, where hundreds of ladders tie
// for shortest (the answer stays far below LeetCode's bound of 10^5 words). A random
// one-letter-at-a-time walk from beginWord is planted in the list; endWord is often
// the list word farthest from beginWord letter by letter.

Json generate(Random& rng, int size) {
  const int n = std::max(1, std::min(size, 500));
  const bool small = n <= 20;
  const bool cube = !small && rng.chance(0.5);
  const int len = small       ? (rng.chance(0.1) ? 1 : rng.between(2, 4))
                  : n >= 100 ? 5
                             : rng.between(2, 5);
  const char filler_top = small ? static_cast<char>('a' + rng.between(1, 2)) : cube ? 'c' : 'd';
  const char walk_top = small ? filler_top : 'z';

  std::string begin = letters(rng, len, 'a', filler_top);
  std::set<std::string> in_list;
  std::vector<std::string> list;
  auto add = [&](const std::string& w) {
    if (static_cast<int>(list.size()) < n && in_list.insert(w).second) list.push_back(w);
  };

  std::string at = begin;
  const int steps = rng.between(1, std::max(1, small ? 2 * n : 12));
  for (int s = 0; s < steps; ++s) {
    auto& c = at[static_cast<std::size_t>(rng.between(0, len - 1))];
    const char was = c;
    c = static_cast<char>(rng.between('a', walk_top - 1));
    if (c >= was) ++c;  // always a different letter
    if (at != begin) add(at);
  }
  if (rng.chance(0.2)) add(begin);
  if (cube) {
    int words = 1;
    for (int i = 0; i < len; ++i) words *= 3;
    const int holes = rng.between(0, 20);  // percent of the cube left out
    for (int code = 0; code < words; ++code) {
      std::string w;
      for (int i = 0, x = code; i < len; ++i, x /= 3) w += static_cast<char>('a' + x % 3);
      if (rng.between(0, 99) >= holes) add(w);
    }
  }
  for (int tries = 0; static_cast<int>(list.size()) < n && tries < 40 * n; ++tries)
    add(letters(rng, len, 'a', cube ? walk_top : filler_top));

  std::string end;
  const int roll = rng.between(0, 99);
  if (roll < 45) {
    // The list word that differs from beginWord in the most positions (ladders of
    // several rungs, or none), one of the ties at random.
    int most = -1;
    for (const auto& w : list) {
      int differ = 0;
      for (std::size_t i = 0; i < w.size(); ++i) differ += w[i] != begin[i];
      if (differ > most || (differ == most && rng.chance(0.5))) most = differ, end = w;
    }
  } else if (roll < 70) {
    end = at;  // the walk's last word
  } else if (roll < 85 && !list.empty()) {
    end = rng.pick(list);  // any word of the list: reachable or not
  } else {
    end = letters(rng, len, 'a', filler_top);  // often missing from the list
  }
  if (end == begin) {
    auto& c = end[static_cast<std::size_t>(rng.between(0, len - 1))];
    c = c == 'a' ? 'b' : 'a';
  }
  rng.shuffle(list);
  return Json::array({begin, end, list});
}
