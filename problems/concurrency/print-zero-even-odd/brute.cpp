// Brute force: one atomic count of the numbers printed (0 to 2n); each thread
// polls it, yielding, until the count says the next number is one of its own.
// Time:  O(n), plus the polling while a thread waits
// Space: O(1)

class ZeroEvenOdd {
 public:
  ZeroEvenOdd(int n) : n_(n) {}

  void zero(function<void(int)> printNumber) {
    for (int i = 1; i <= n_; ++i) take_turn(2 * (i - 1), 0, printNumber);
  }

  void even(function<void(int)> printNumber) {
    for (int i = 2; i <= n_; i += 2) take_turn(2 * i - 1, i, printNumber);
  }

  void odd(function<void(int)> printNumber) {
    for (int i = 1; i <= n_; i += 2) take_turn(2 * i - 1, i, printNumber);
  }

 private:
  // Prints x once exactly `count` numbers are out.
  void take_turn(int count, int x, function<void(int)>& printNumber) {
    while (printed_.load() != count) this_thread::yield();
    printNumber(x);
    printed_.store(count + 1);
  }

  int n_;
  atomic<int> printed_{0};
};
