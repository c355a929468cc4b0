// Brute force: one mutex for the whole table, so one philosopher eats at a time.
// Never a shared fork and never a deadlock, at the price of all parallelism.
// Time:  O(1) per call, besides waiting for the table
// Space: O(1)

class DiningPhilosophers {
 public:
  DiningPhilosophers() {}

  void wantsToEat(int philosopher, function<void()> pickLeftFork,
                  function<void()> pickRightFork, function<void()> eat,
                  function<void()> putLeftFork, function<void()> putRightFork) {
    (void)philosopher;
    lock_guard<mutex> hold(table_);
    pickLeftFork();
    pickRightFork();
    eat();
    putLeftFork();
    putRightFork();
  }

 private:
  mutex table_;
};
