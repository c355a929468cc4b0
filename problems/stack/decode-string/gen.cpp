// size: the length of s, from 1 to 30 (LeetCode's limit; 0 is raised to 1). s is
// well formed as LeetCode promises: lowercase letters and groups "k[...]" with
// 1 <= k <= 300, digits only in front of a '[', no empty group, and a decoded
// length of at most 10^5. First the shape is drawn (letters and groups, nested or
// side by side, filling exactly `size` characters, each count given 1, 2 or 3
// digits); then the counts are drawn within their digits, one group at a time in
// random order, each at most what keeps the decoded length within 10^5, and half
// the time exactly that most (decoded lengths close to 10^5). A shape whose
// smallest counts (1, 10, 100) already decode to more than 10^5 is drawn again
// (after 50 such draws, every count gets one digit, and s may come out shorter).
// Small sizes (<= 12) use the letters a to c and mostly one-digit counts; larger
// sizes use a to z, and their shapes are mostly deep chains of groups
// ("2[a3[b4[c]]]") or mostly groups side by side ("ab2[c]3[de]f").

// The max-size cases in cases.json are named after the string their seed gives
// here; re-check those names when this file changes.

Json generate(Random& rng, int size) {
  const int n = std::clamp(size, 1, 30);
  const long long limit = 100000;
  const bool small = n <= 12;
  const bool chain = !small && rng.chance(0.5);
  const bool greedy = rng.chance(0.5);
  const char top_letter = small ? 'c' : 'z';

  struct Item {
    char letter = 0;  // a letter, or 0 for a group
    int digits = 0, count = 0;
    std::vector<int> inside;  // a group's items, as indices into `items`
  };
  std::vector<Item> items;

  // Fills exactly `chars` characters with items; returns their indices.
  auto sequence = [&](auto& self, int chars) -> std::vector<int> {
    std::vector<int> seq;
    while (chars > 0) {
      const double group_chance = small ? 0.35 : chain ? 0.6 : 0.3;
      if (chars >= 4 && rng.chance(group_chance)) {
        const int most_digits = std::min(3, chars - 3);
        const int digits = small ? (rng.chance(0.85) ? 1 : rng.between(1, most_digits)) : rng.between(1, most_digits);
        const int room = chars - 2 - digits;  // characters left for the inside and after it
        const int inner = chain && rng.chance(0.7) ? room : rng.between(1, room);
        Item g;
        g.digits = digits;
        const int at = static_cast<int>(items.size());
        items.push_back(g);
        std::vector<int> inside = self(self, inner);
        items[static_cast<std::size_t>(at)].inside = std::move(inside);
        seq.push_back(at);
        chars -= digits + 2 + inner;
      } else {
        Item l;
        l.letter = static_cast<char>(rng.between('a', top_letter));
        items.push_back(l);
        seq.push_back(static_cast<int>(items.size()) - 1);
        --chars;
      }
    }
    return seq;
  };
  // The decoded length of a sequence, capped just above the limit.
  auto decoded = [&](auto& self, const std::vector<int>& seq) -> long long {
    long long total = 0;
    for (int i : seq) {
      const Item& it = items[static_cast<std::size_t>(i)];
      total += it.letter ? 1 : it.count * self(self, it.inside);
      total = std::min(total, limit + 1);
    }
    return total;
  };
  auto lowest = [](int digits) { return digits == 1 ? 1 : digits == 2 ? 10 : 100; };
  auto highest = [](int digits) { return digits == 1 ? 9 : digits == 2 ? 99 : 300; };

  std::vector<int> whole;
  for (int attempt = 0;; ++attempt) {
    items.clear();
    whole = sequence(sequence, n);
    for (auto& it : items)
      if (!it.letter) {
        if (attempt >= 50) it.digits = 1;  // rare: one-digit counts only (a shorter s)
        it.count = lowest(it.digits);
      }
    if (decoded(decoded, whole) <= limit) break;
  }
  // Raise the counts one group at a time, in random order.
  std::vector<int> groups;
  for (int i = 0; i < static_cast<int>(items.size()); ++i)
    if (!items[static_cast<std::size_t>(i)].letter) groups.push_back(i);
  rng.shuffle(groups);
  for (int g : groups) {
    Item& it = items[static_cast<std::size_t>(g)];
    int lo = it.count, hi = highest(it.digits);  // the largest count that keeps the limit
    while (lo < hi) {
      const int mid = lo + (hi - lo + 1) / 2;
      it.count = mid;
      if (decoded(decoded, whole) <= limit) lo = mid;
      else hi = mid - 1;
    }
    it.count = greedy ? lo : rng.between(lowest(it.digits), lo);
  }
  auto write = [&](auto& self, const std::vector<int>& seq, std::string& out) -> void {
    for (int i : seq) {
      const Item& it = items[static_cast<std::size_t>(i)];
      if (it.letter) {
        out.push_back(it.letter);
      } else {
        out += std::to_string(it.count) + "[";
        self(self, it.inside, out);
        out.push_back(']');
      }
    }
  };
  std::string s;
  write(write, whole, s);
  return Json::array({s});
}
