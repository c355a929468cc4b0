// Brute force: one mutex and one condition variable over the molecule being
// built: how many hydrogens and oxygens have joined it and how many of them
// have printed. A thread joins when there is room for its kind, prints once
// the molecule is complete, and the last to print empties it for the next.
// Time:  O(1) per call, plus the waiting
// Space: O(1)

class H2O {
 public:
  H2O() {}

  void hydrogen(function<void()> releaseHydrogen) { pass(hydrogens_, 2, releaseHydrogen); }

  void oxygen(function<void()> releaseOxygen) { pass(oxygens_, 1, releaseOxygen); }

 private:
  void pass(int& joined, int room, function<void()>& release) {
    unique_lock<mutex> hold(lock_);
    changed_.wait(hold, [&] { return joined < room; });
    ++joined;
    changed_.notify_all();
    changed_.wait(hold, [&] { return hydrogens_ == 2 && oxygens_ == 1; });
    release();
    if (++printed_ == 3) hydrogens_ = oxygens_ = printed_ = 0;
    changed_.notify_all();
  }

  mutex lock_;
  condition_variable changed_;
  int hydrogens_ = 0, oxygens_ = 0, printed_ = 0;
};
