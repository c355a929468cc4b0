// size: the largest number of molecules n, from 1 to 20 (LeetCode's limit): n is
// drawn from [1, size], and water is 2n H and n O in a random order.

Json generate(Random& rng, int size) {
  const int n = rng.between(1, std::clamp(size, 1, 20));
  vector<char> atoms(2 * n, 'H');
  atoms.insert(atoms.end(), n, 'O');
  rng.shuffle(atoms);
  return Json::array({string(atoms.begin(), atoms.end())});
}
