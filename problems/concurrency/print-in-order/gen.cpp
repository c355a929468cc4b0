// size: ignored: every input is a permutation of [1, 2, 3], the order in which the
// three threads start (thread i calls first, second or third as nums[i] says).

Json generate(Random& rng, int) {
  vector<int> nums{1, 2, 3};
  rng.shuffle(nums);
  return Json::array({nums});
}
