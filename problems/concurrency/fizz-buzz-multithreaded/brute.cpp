// Brute force: one atomic, the next value of the series; each thread polls it,
// yielding, and prints and moves it on when the value is its own.
// Time:  O(n), plus the polling while a thread waits
// Space: O(1)

class FizzBuzz {
 public:
  FizzBuzz(int n) : n_(n) {}

  void fizz(function<void()> printFizz) {
    poll([](int i) { return i % 3 == 0 && i % 5 != 0; },
         [&](int) { printFizz(); });
  }

  void buzz(function<void()> printBuzz) {
    poll([](int i) { return i % 5 == 0 && i % 3 != 0; },
         [&](int) { printBuzz(); });
  }

  void fizzbuzz(function<void()> printFizzBuzz) {
    poll([](int i) { return i % 15 == 0; }, [&](int) { printFizzBuzz(); });
  }

  void number(function<void(int)> printNumber) {
    poll([](int i) { return i % 3 != 0 && i % 5 != 0; },
         [&](int i) { printNumber(i); });
  }

 private:
  template <class Mine, class Print>
  void poll(Mine mine, Print print) {
    for (int i; (i = next_.load()) <= n_;) {
      if (!mine(i)) {
        this_thread::yield();
        continue;
      }
      print(i);
      next_.store(i + 1);
    }
  }

  int n_;
  atomic<int> next_{1};
};
