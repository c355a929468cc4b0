// size: the number of calls after the constructor, from 0 to 3 * 10^4 (LeetCode's
// limit). About 40% of the calls insert, the rest are search and startsWith in equal
// parts. Half of the queries are made from a word inserted earlier: the word itself,
// a prefix of it (often a proper one: startsWith true, search usually false), the
// word with one more letter, or the word with one letter changed; the other half are
// fresh random words. Small sizes (<= 20) use words of 1 to 4 letters from "abc", so
// hits and near misses are everywhere. Larger sizes take one of these shapes:
// 1. words of 1 to 6 letters from "abcde": a dense trie, many shared prefixes;
// 2. words of 1 to 12 letters from the whole alphabet;
// 3. as 2, but one call in twenty uses a long word: a prefix of 1000 to 2000 letters
//    (now and then all 2000) of one of six random 2000-letter strings that share
//    their first 1000 letters, possibly with one late letter changed;
// 4. the first third of the calls insert, the rest only query (as 2).

// The max-size cases in cases.json are named after the shape their seed gives here;
// re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int calls = std::clamp(size, 0, 30000);
  const int shape = calls <= 20 ? 0 : rng.between(1, 4);
  const char last_letter = shape == 0 ? 'c' : shape == 1 ? 'e' : 'z';
  const int longest = shape == 0 ? 4 : shape == 1 ? 6 : 12;
  auto letter = [&] { return static_cast<char>(rng.between('a', last_letter)); };
  auto fresh = [&] { return letters(rng, rng.between(1, longest), 'a', last_letter); };

  std::vector<std::string> bases;  // shape 3: the long strings
  if (shape == 3) {
    const std::string common = letters(rng, 1000);
    for (int i = 0; i < 6; ++i) bases.push_back(common + letters(rng, 1000));
  }
  auto long_word = [&] {
    std::string w = rng.pick(bases).substr(0, static_cast<std::size_t>(rng.chance(0.2) ? 2000 : rng.between(1000, 2000)));
    if (rng.chance(0.3)) w[static_cast<std::size_t>(rng.between(static_cast<int>(w.size()) - 50, static_cast<int>(w.size()) - 1))] = letter();
    return w;
  };

  std::vector<std::string> inserted;
  auto derived = [&](const std::string& w) {  // a query made from an inserted word
    std::string v = w;
    switch (rng.between(0, 3)) {
      case 0: break;
      case 1: v.resize(static_cast<std::size_t>(rng.between(1, static_cast<int>(w.size())))); break;
      case 2:
        if (v.size() < 2000) v.push_back(letter());
        break;
      default: v[static_cast<std::size_t>(rng.between(0, static_cast<int>(v.size()) - 1))] = letter();
    }
    return v;
  };

  Json names = Json::array({"Trie"});
  Json args = Json::array({Json::array()});
  names.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  args.get_ref<Json::array_t&>().reserve(static_cast<std::size_t>(calls) + 1);
  for (int i = 0; i < calls; ++i) {
    const bool go_long = shape == 3 && rng.chance(0.05);
    const int pick = rng.between(0, 9);
    const bool insert = shape == 4 ? i < calls / 3 : (inserted.empty() || pick < 4);
    if (insert) {
      std::string w = go_long ? long_word() : fresh();
      inserted.push_back(w);
      names.push_back("insert");
      args.push_back(Json::array({std::move(w)}));
      continue;
    }
    std::string q = go_long ? long_word() : !inserted.empty() && rng.chance(0.5) ? derived(rng.pick(inserted)) : fresh();
    names.push_back(rng.chance(0.5) ? "search" : "startsWith");
    args.push_back(Json::array({std::move(q)}));
  }
  return Json::array({std::move(names), std::move(args)});
}
