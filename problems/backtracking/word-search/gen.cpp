// size: the largest side of the board, clamped to [1, 6]; rows and columns are
// each drawn from [1, side] (at size 6 the board is 6 x 6). Words have 1 to 15
// letters (8 to 15 at size 6), sometimes more than the board has cells. Three
// kinds of input, so both answers come up at every size:
// - a small alphabet (two or three letters, sometimes mixing cases) and a word
//   spelled by a random self-avoiding walk on the board, sometimes with one
//   letter changed;
// - the same kind of board and a random word;
// - a board of 'A's with at most two 'B's and a word of 'A's with at most two
//   'B's, where many paths almost work: the search's worst case.

Json generate(Random& rng, int size) {
  int side = std::clamp(size, 1, 6);
  int m = side == 6 ? 6 : rng.between(1, side), n = side == 6 ? 6 : rng.between(1, side);
  int cap = std::min(15, m * n + 1);
  int length = side == 6 ? rng.between(8, 15) : rng.between(1, cap);
  std::vector<std::vector<char>> board(m, std::vector<char>(n));
  std::string word;
  int kind = rng.between(0, 3);  // 0, 1: walk; 2: random word; 3: mostly 'A'
  if (kind == 3) {
    for (auto& row : board)
      for (auto& c : row) c = 'A';
    int bs = rng.between(0, 2);
    for (int i = 0; i < bs; ++i) board[rng.between(0, m - 1)][rng.between(0, n - 1)] = 'B';
    word.assign(length, 'A');
    int wbs = rng.between(0, 2);
    for (int i = 0; i < wbs; ++i) word[rng.between(0, length - 1)] = 'B';
  } else {
    std::vector<char> alphabet{'A', 'B'};
    if (rng.chance(0.5)) alphabet.push_back('C');
    if (rng.chance(0.3)) alphabet.push_back('a');
    for (auto& row : board)
      for (auto& c : row) c = rng.pick(alphabet);
    if (kind <= 1) {
      // A self-avoiding walk, as long as it can go (up to length letters).
      std::vector<std::vector<bool>> seen(m, std::vector<bool>(n, false));
      int r = rng.between(0, m - 1), c = rng.between(0, n - 1);
      while (true) {
        seen[r][c] = true;
        word += board[r][c];
        if (static_cast<int>(word.size()) == length) break;
        std::vector<std::pair<int, int>> next;
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int d = 0; d < 4; ++d) {
          int nr = r + dr[d], nc = c + dc[d];
          if (nr >= 0 && nc >= 0 && nr < m && nc < n && !seen[nr][nc]) next.push_back({nr, nc});
        }
        if (next.empty()) break;
        std::tie(r, c) = rng.pick(next);
      }
      if (rng.chance(0.3))
        word[rng.between(0, static_cast<int>(word.size()) - 1)] = rng.pick(alphabet);
    } else {
      for (int i = 0; i < length; ++i) word += rng.pick(alphabet);
    }
  }
  Json rows = Json::array();
  for (const auto& row : board) {
    Json cells = Json::array();
    for (char c : row) cells.push_back(std::string(1, c));
    rows.push_back(cells);
  }
  return Json::array({rows, word});
}
