// Time:  O(n)
//   (O(1) a call, besides waiting for the forks; n calls a philosopher)
// Space: O(1)
// Invariant: a philosopher holds the mutex of each fork he has picked up,
//   from before his pick to after his put, so no fork is ever logged with
//   two holders. Every philosopher locks the lower-numbered of his two
//   forks first: a cycle of waits would need someone to hold a higher fork
//   while waiting for a lower one, which nobody does, so no deadlock
//   (philosopher 4, whose forks are 4 and 0, reaches for 0 first, the one
//   his neighbour 0 reaches for first too).

class DiningPhilosophers {
 public:
  DiningPhilosophers() {}

  void wantsToEat(int philosopher, function<void()> pickLeftFork,
                  function<void()> pickRightFork, function<void()> eat,
                  function<void()> putLeftFork, function<void()> putRightFork) {
    const int right = philosopher, left = (philosopher + 1) % 5;
    unique_lock<mutex> lower(forks_[min(left, right)]);
    unique_lock<mutex> higher(forks_[max(left, right)]);
    pickLeftFork();
    pickRightFork();
    eat();
    putLeftFork();
    putRightFork();
  }

 private:
  mutex forks_[5];
};
