// Time:  O(n)
//   (each token handed over by one notify_all)
// Space: O(1)
// Invariant: next_ is the next value of the series (n + 1 once it is
//   done); only the thread that owns next_'s token prints it and moves
//   next_ on, under the lock, then wakes every waiter: each re-checks its
//   own predicate, so a wake-up that is not for it costs a check, never a
//   lost turn. The move past n wakes them too, and every predicate admits
//   next_ > n: all four return.

class FizzBuzz {
 public:
  FizzBuzz(int n) : n_(n) {}

  void fizz(function<void()> printFizz) {
    take_turns([](int i) { return i % 3 == 0 && i % 5 != 0; },
               [&](int) { printFizz(); });
  }

  void buzz(function<void()> printBuzz) {
    take_turns([](int i) { return i % 5 == 0 && i % 3 != 0; },
               [&](int) { printBuzz(); });
  }

  void fizzbuzz(function<void()> printFizzBuzz) {
    take_turns([](int i) { return i % 15 == 0; },
               [&](int) { printFizzBuzz(); });
  }

  void number(function<void(int)> printNumber) {
    take_turns([](int i) { return i % 3 != 0 && i % 5 != 0; },
               [&](int i) { printNumber(i); });
  }

 private:
  template <class Mine, class Print>
  void take_turns(Mine mine, Print print) {
    unique_lock<mutex> lock(m_);
    while (true) {
      turn_.wait(lock, [&] { return next_ > n_ || mine(next_); });
      if (next_ > n_) return;
      print(next_);
      ++next_;
      turn_.notify_all();
    }
  }

  int n_;
  int next_ = 1;
  mutex m_;
  condition_variable turn_;
};
