// Time:  O(n)
// Space: O(1)
// Invariant: at most one of the three semaphores is open. zero_ opens first;
//   after printing 0 before number i, zero opens odd_ or even_ by i's parity,
//   and that thread opens zero_ again after printing i. Each loop runs exactly
//   as many times as its thread has numbers to print, so all three return.

class ZeroEvenOdd {
 public:
  ZeroEvenOdd(int n) : n_(n) {}

  void zero(function<void(int)> printNumber) {
    for (int i = 1; i <= n_; ++i) {
      zero_.acquire();
      printNumber(0);
      (i % 2 == 1 ? odd_ : even_).release();
    }
  }

  void even(function<void(int)> printNumber) {
    for (int i = 2; i <= n_; i += 2) {
      even_.acquire();
      printNumber(i);
      zero_.release();
    }
  }

  void odd(function<void(int)> printNumber) {
    for (int i = 1; i <= n_; i += 2) {
      odd_.acquire();
      printNumber(i);
      zero_.release();
    }
  }

 private:
  int n_;
  binary_semaphore zero_{1}, even_{0}, odd_{0};
};
