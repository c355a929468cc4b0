// Brute force: one atomic count of the words printed; each thread polls it,
// yielding, until the count's parity says it is its turn.
// Time:  O(n), plus the polling while a thread waits
// Space: O(1)

class FooBar {
 public:
  FooBar(int n) : n_(n) {}

  void foo(function<void()> printFoo) {
    for (int i = 0; i < n_; ++i) {
      while (printed_.load() != 2 * i) this_thread::yield();
      printFoo();
      printed_.store(2 * i + 1);
    }
  }

  void bar(function<void()> printBar) {
    for (int i = 0; i < n_; ++i) {
      while (printed_.load() != 2 * i + 1) this_thread::yield();
      printBar();
      printed_.store(2 * i + 2);
    }
  }

 private:
  int n_;
  atomic<int> printed_{0};
};
